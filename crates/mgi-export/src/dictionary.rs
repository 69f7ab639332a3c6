//! The data dictionary: every table of the package is declared once, column by column, with the
//! function that fills the column's cell from a row. The CSV header, the cells and the Table
//! Schema in `datapackage.json` all come from that one declaration, so they cannot drift apart.
//!
//! Every cell of a field that is not a number or an integer goes through [`csv_safe_text`]
//! when it is written (see [`crate::formula`]), so a text never opens as a formula.

use std::borrow::Cow;
use std::fmt::Display;

use serde::Serialize;

use crate::formula::{csv_safe_text, into_csv_safe};

/// What separates the items of a list inside one cell.
pub const LIST_SEPARATOR: &str = ";";

/// Table Schema field types used by the package.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum FieldType {
    String,
    Integer,
    Number,
    Boolean,
    Datetime,
}

impl FieldType {
    /// Whether cells of this type are written as they are: numbers (`-1.5` must stay a
    /// number) are made from numeric values and never hold text. Cells of every other type go
    /// through [`csv_safe_text`].
    fn is_numeric(self) -> bool {
        matches!(self, FieldType::Integer | FieldType::Number)
    }
}

/// A column as the Table Schema describes it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Field {
    name: &'static str,
    #[serde(rename = "type")]
    kind: FieldType,
    title: &'static str,
    description: &'static str,
    #[serde(skip_serializing_if = "Constraints::is_empty")]
    constraints: Constraints,
}

#[derive(Debug, Clone, Default, Serialize)]
struct Constraints {
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    required: bool,
    #[serde(rename = "enum", skip_serializing_if = "Vec::is_empty")]
    values: Vec<Cow<'static, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pattern: Option<&'static str>,
}

impl Constraints {
    fn is_empty(&self) -> bool {
        !self.required && self.values.is_empty() && self.pattern.is_none()
    }
}

/// One column: its description in the dictionary and how a row fills it.
pub(crate) struct Column<R> {
    field: Field,
    cell: fn(&R) -> String,
}

impl<R> Column<R> {
    pub(crate) fn new(
        name: &'static str,
        kind: FieldType,
        title: &'static str,
        description: &'static str,
        cell: fn(&R) -> String,
    ) -> Column<R> {
        Column {
            field: Field {
                name,
                kind,
                title,
                description,
                constraints: Constraints::default(),
            },
            cell,
        }
    }

    /// The cell of a row as written: through [`csv_safe_text`] unless the column is numeric.
    fn cell(&self, row: &R) -> String {
        let value = (self.cell)(row);
        if self.field.kind.is_numeric() {
            value
        } else {
            into_csv_safe(value)
        }
    }

    /// Every row has a value in this column.
    pub(crate) fn required(mut self) -> Column<R> {
        self.field.constraints.required = true;
        self
    }

    /// The column holds one of these codes (a closed set of the model). The schema lists them
    /// as the cells hold them (through [`csv_safe_text`] where the cells go through it).
    pub(crate) fn one_of(mut self, values: impl IntoIterator<Item = &'static str>) -> Column<R> {
        let numeric = self.field.kind.is_numeric();
        self.field.constraints.values = values
            .into_iter()
            .map(|v| {
                if numeric {
                    Cow::Borrowed(v)
                } else {
                    csv_safe_text(v)
                }
            })
            .collect();
        self
    }

    /// The whole cell, as written, matches this regular expression.
    pub(crate) fn pattern(mut self, pattern: &'static str) -> Column<R> {
        self.field.constraints.pattern = Some(pattern);
        self
    }
}

/// A reference from some columns of a table to the key of another.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ForeignKey {
    fields: &'static [&'static str],
    reference: Reference,
}

#[derive(Debug, Clone, Serialize)]
struct Reference {
    resource: &'static str,
    fields: &'static [&'static str],
}

impl ForeignKey {
    /// `fields` of this table hold the values of the key `key` of table `resource`.
    pub(crate) fn new(
        fields: &'static [&'static str],
        resource: &'static str,
        key: &'static [&'static str],
    ) -> ForeignKey {
        ForeignKey {
            fields,
            reference: Reference {
                resource,
                fields: key,
            },
        }
    }
}

/// One table of the package.
pub(crate) struct Table<R> {
    pub name: &'static str,
    pub title: &'static str,
    pub description: String,
    pub columns: Vec<Column<R>>,
    pub primary_key: &'static [&'static str],
    pub foreign_keys: Vec<ForeignKey>,
}

/// A Frictionless tabular data resource: a CSV file and its Table Schema.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Resource {
    name: &'static str,
    path: String,
    profile: &'static str,
    title: &'static str,
    description: String,
    format: &'static str,
    mediatype: &'static str,
    encoding: &'static str,
    schema: Schema,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Schema {
    fields: Vec<Field>,
    primary_key: &'static [&'static str],
    foreign_keys: Vec<ForeignKey>,
    missing_values: [&'static str; 1],
}

impl<R> Table<R> {
    /// The CSV file name of the table.
    pub(crate) fn path(&self) -> String {
        format!("{}.csv", self.name)
    }

    pub(crate) fn header(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.columns.iter().map(|c| c.field.name)
    }

    /// The cells of a row, in the order of the columns, as written in the CSV file (text made
    /// safe for spreadsheets, see [`crate::formula`]).
    pub(crate) fn cells<'r>(&'r self, row: &'r R) -> impl Iterator<Item = String> + 'r {
        self.columns.iter().map(move |c| c.cell(row))
    }

    /// The resource descriptor of the table, schema included.
    pub(crate) fn resource(&self) -> Resource {
        Resource {
            name: self.name,
            path: self.path(),
            profile: "tabular-data-resource",
            title: self.title,
            description: self.description.clone(),
            format: "csv",
            mediatype: "text/csv",
            encoding: "utf-8",
            schema: Schema {
                fields: self.columns.iter().map(|c| c.field.clone()).collect(),
                primary_key: self.primary_key,
                foreign_keys: self.foreign_keys.clone(),
                missing_values: [""],
            },
        }
    }
}

/// A cell of a value that may be absent (absent is the empty cell).
pub(crate) fn optional<T: Display>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// A cell holding a list, items joined by [`LIST_SEPARATOR`].
pub(crate) fn joined<T: Display>(items: &[T]) -> String {
    items
        .iter()
        .map(T::to_string)
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}
