//! Questionnaire workbooks (skeleton; being written).
