# La ayuda de la línea de comandos (`mgi --help`, `mgi <comando> --help`). Las claves se derivan
# del lugar de cada texto (crates/mgi-cli/src/help.rs): help-<subcomandos> para un comando, luego
# -<argumento> para un argumento y -<valor> para uno de sus valores; el comando principal es
# help-mgi y sus opciones help-global-*. Los textos propios de clap son help-heading-*,
# help-flag-* y help-subcommand-*. Los nombres de opciones, los códigos y los ejemplos de comandos
# se mantienen tal cual.

-help-jurisdiction = Código ISO3 de un país (MNG) o identificador de una localidad (GHA-accra)
-help-year = Año del ciclo
-help-actor = Quién importa (se registra en el registro de auditoría)
-help-runs = Número de ejecuciones

## Textos propios de clap

# El título de la línea de uso; el programa añade los dos puntos.
help-heading-usage = Uso
help-heading-commands = Comandos
help-heading-arguments = Argumentos
help-heading-options = Opciones
help-flag-help = Muestra la ayuda
help-flag-help-more = Muestra la ayuda (más con «--help»)
help-flag-help-summary = Muestra la ayuda (un resumen con «-h»)
help-flag-version = Muestra la versión
help-subcommand-help = Muestra este mensaje o la ayuda de los subcomandos indicados

## mgi

help-mgi = mgi: los Indicadores de Gobernanza de la Migración (IGM), del marco al perfil publicado
# Cada ejemplo conserva su comando tal cual; las descripciones empiezan en la misma columna.
help-mgi-examples =
    Ejemplos:
      mgi demo                          el portal sobre una base nueva, con Mongolia 2023
      mgi serve --addr 0.0.0.0:8080     el portal sobre la base configurada
      MGI_PASSWORD=… mgi user add ana --role analyst
      MGI_PASSWORD=… mgi user add gov --role focal-point --jurisdiction MNG
      mgi framework check ./framework   comprueba archivos del marco (problemas como archivo:línea)
      mgi framework show --json         el árbol del marco en JSON
      mgi assessment import a.json      guarda una evaluación (todo o nada)
      mgi assessment export MNG 2023    una evaluación como documento JSON
      mgi check MNG 2023                conclusiones sin indicador, fuentes nunca citadas
      mgi import profile profile.pdf    un perfil publicado como borrador (JSON)
      mgi import profiles carpeta/ --out d  cada perfil de una carpeta, un borrador cada uno
      mgi render MNG 2023 --format pdf -o mongolia-2023.pdf
      mgi round new MNG 2026 --from 2023   el ciclo siguiente, con las pruebas por volver a verificar
      mgi diff MNG 2023 2026 --json     la evolución entre dos ciclos
      mgi aggregate gcm --json          los objetivos del PMM en los últimos ciclos publicados
      mgi export data --out open-data   un paquete de datos Frictionless de lo publicado
      mgi context import wb.csv         datos del Banco Mundial / DAES de la ONU en los ciclos en curso
      mgi workbook export MNG 2026 -o q.xlsx; mgi workbook import MNG 2026 q.xlsx
      mgi user token ana --label sync   un token de API (Authorization: Bearer …)
      mgi backup mgi-backup.db          copia coherente mientras sirve; mgi --db NUEVA restore ARCHIVO

    La base de datos es un archivo SQLite de la carpeta de datos, salvo que --db (o
    MGI_DATABASE_URL) indique una URL postgres://.
help-global-db = Base de datos: una URL postgres:// o la ruta de un archivo SQLite. Por defecto: mgi.db en la carpeta de datos
help-global-data-dir = Carpeta de la base integrada y de los demás datos locales. Por defecto: $XDG_DATA_HOME/mgi o, si no, ~/.local/share/mgi
help-global-framework = Usa los archivos del marco de esta carpeta en lugar de los integrados en mgi
help-global-config = Archivo de configuración (TOML). Por defecto: mgi.toml en la carpeta de datos, si existe

## mgi framework

help-framework = Comprueba o muestra el marco de indicadores
help-framework-check = Carga y comprueba archivos del marco: un resumen de una línea y el código de salida 0, o cada problema con archivo:línea y el código 1. Sin DIR, comprueba los archivos integrados en mgi
help-framework-check-dir = Carpeta de los archivos del marco
help-framework-show = Muestra el árbol del marco: series, dominios, indicadores con sus correspondencias con el PMM y los ODS
help-framework-show-json = JSON legible por programas: {"{"}"frameworks":[{"{"}"id","version","level","domains":[...]{"}"}]{"}"}
help-framework-show-lang = Idioma de los textos (en su defecto, inglés)

## mgi assessment

help-assessment = Importa, exporta, valida y enumera evaluaciones
help-assessment-import = Guarda un documento de evaluación. Primero se comprueba todo; ante cualquier problema no se guarda nada y se muestra cada problema con su ruta JSON
help-assessment-import-file = El documento de evaluación (JSON)
help-assessment-import-replace = Reemplaza la evaluación guardada del mismo país o localidad y año
help-assessment-import-actor = { -help-actor }
help-assessment-export = Muestra una evaluación guardada como documento JSON (o la escribe en --out)
help-assessment-export-jurisdiction = { -help-jurisdiction }
help-assessment-export-year = { -help-year }
help-assessment-export-out = Escribe el documento en este archivo en lugar de la salida estándar
help-assessment-validate = Comprueba un documento con respecto al marco sin guardarlo
help-assessment-validate-file = El documento de evaluación (JSON)
help-assessment-list = Enumera las evaluaciones guardadas
help-assessment-schema = Muestra el esquema JSON del formato de intercambio
help-assessment-audit = El registro de auditoría de una evaluación: quién cambió qué, cuándo, valor anterior → nuevo
help-assessment-audit-jurisdiction = { -help-jurisdiction }
help-assessment-audit-year = { -help-year }
help-assessment-migrate = Pasar un ciclo aún no validado a una versión más reciente de su conjunto de indicadores, mediante las tablas de correspondencia: las respuestas de los indicadores que se mantienen quedan como están, los indicadores nuevos empiezan sin respuesta; queda registrado en el registro de auditoría
help-assessment-migrate-jurisdiction = { -help-jurisdiction }
help-assessment-migrate-year = { -help-year }
help-assessment-migrate-to = La versión del marco que se adopta, por ejemplo 1.1
help-assessment-migrate-actor = { -help-actor }

## mgi render

help-render = El perfil de una evaluación guardada como página web, Markdown o PDF (los borradores llevan la marca BORRADOR)
help-render-jurisdiction = { -help-jurisdiction }
help-render-year = { -help-year }
help-render-format = Formato del perfil
help-render-format-html = Una página HTML independiente y accesible
help-render-format-md = Markdown compatible con Pandoc (para quien trabaja en Word: `pandoc profile.md -o profile.docx`)
help-render-format-pdf = Un PDF A4 con índice, números de página y notas a pie de página
help-render-lang = Idioma del perfil: en, fr o es. Los textos de la evaluación que solo existen en otro idioma se muestran en ese idioma, con una nota
help-render-out = Escribe en este archivo en lugar de la salida estándar

## mgi import

help-import = Lee perfiles publicados (PDF, Word o texto) como borradores de evaluación
help-import-profile = Lee un perfil como borrador de evaluación (formato de intercambio): conclusiones con sus notas al pie e indicadores sugeridos, resúmenes, datos de contexto, convenciones, fuentes, consulta. Cada línea que no pudo ubicarse figura en el informe con su número
help-import-profile-file = El perfil: un PDF, un documento Word (.docx) o un texto (salida de pdftotext, Markdown), reconocidos por su contenido
help-import-profile-jurisdiction = Código ISO3 (MNG) o identificador de localidad (GHA-accra); si falta, se usa la línea del título
help-import-profile-year = Año del ciclo; si falta, se usa la línea del título («MONGOLIA | PROFILE 2023»)
help-import-profile-out = Escribe el borrador en este archivo en lugar de la salida estándar
help-import-profile-report = Escribe el informe del análisis (JSON) en este archivo; un resumen va siempre a la salida de errores
help-import-profiles = Lee cada perfil de algunas carpetas (con sus subcarpetas) como borradores, cada uno guardado o escrito, y muestra una tabla resumen: archivo, país o localidad, año, idioma, conclusiones, fuentes, líneas no ubicadas, advertencias. Un archivo que no puede leerse figura con su motivo y no detiene a los demás; el comando falla si se rechazó algún archivo
help-import-profiles-paths = Carpetas o archivos (PDF, Word, texto)
help-import-profiles-out = Escribe cada borrador en esta carpeta, como ARCHIVO.json (el nombre del archivo del perfil seguido de .json)
help-import-profiles-store = Guarda cada borrador en la base de datos (se rechaza el borrador de una país o localidad y un año ya guardados)
help-import-profiles-actor = { -help-actor }
help-import-compare = Importa un perfil y compara el borrador con una referencia hecha a mano del mismo perfil: conclusiones recuperadas, fuentes campo por campo, datos de contexto, acierto de las sugerencias
help-import-compare-file = { help-import-profile-file }
help-import-compare-jurisdiction = { help-import-profile-jurisdiction }
help-import-compare-year = { help-import-profile-year }
help-import-compare-reference = El documento de evaluación de referencia (JSON)

## mgi check

help-check = Coherencia de las pruebas de una evaluación: conclusiones sin indicador, citas de fuentes desconocidas, fuentes nunca citadas. Termina con el código 1 si hay conclusiones sin indicador o fuentes desconocidas; las fuentes nunca citadas se enumeran sin error, porque las fuentes principales conservan obras consultadas pero no citadas
help-check-jurisdiction = { -help-jurisdiction }
help-check-year = { -help-year }

## mgi demo, mgi serve

help-demo = La demostración: una base integrada nueva con el marco y la evaluación de referencia, servida como portal público
help-demo-keep = Conserva la base de demostración en la carpeta de datos en lugar de una carpeta temporal
help-demo-addr = Dirección del portal
help-demo-no-serve = Carga y muestra el resumen, y termina (sin portal)
help-serve = Sirve la aplicación web (portal y trabajo con sesión iniciada) sobre la base de datos
help-serve-addr = Dirección en la que escuchar

## mgi user

help-user = Cuentas de la aplicación web
help-user-add = Crea una cuenta. La contraseña se lee de MGI_PASSWORD o, si no, de la primera línea de la entrada estándar
help-user-add-username = El nombre de usuario para iniciar sesión
help-user-add-role = admin, analyst, reviewer, focal-point o commenter
help-user-add-name = Nombre que se muestra con los comentarios y en el registro de auditoría (por defecto: el nombre de usuario)
help-user-add-jurisdictions = Para un punto focal: un país o localidad del que responde (se puede repetir)
help-user-add-assessment = Para un participante en la consulta: la evaluación, en la forma CÓDIGO/AÑO (p. ej., MNG/2026)
help-user-list = Todas las cuentas con su rol
help-user-token = Emite un token de API para una cuenta; actúa con el rol y el alcance de la cuenta. El token se muestra una sola vez; solo se guarda su hash
help-user-token-username = La cuenta
help-user-token-label = Para qué sirve el token (también el nombre con el que revocarlo)
help-user-token-days = Días de validez del token
help-user-revoke = Revoca los tokens de API de una cuenta que llevan una etiqueta
help-user-revoke-username = La cuenta
help-user-revoke-label = La etiqueta con la que se emitieron los tokens

## mgi context

help-context = Datos de contexto de tablas descargadas (población migrante del DAES de las Naciones Unidas, remesas del Banco Mundial)
help-context-import = Lee un CSV de población migrante del DAES o de remesas del Banco Mundial y guarda sus datos en el ciclo en curso de cada país o localidad que abarca. Un archivo con filas erróneas no guarda nada (cada problema se enumera como archivo:línea), salvo con --skip-bad
help-context-import-file = La tabla descargada (CSV)
help-context-import-year = El ciclo en el que guardar (por defecto: el último ciclo de cada país o localidad)
help-context-import-skip-bad = Guarda las filas correctas de un archivo que tiene filas erróneas

## mgi export

help-export = Datos abiertos de las evaluaciones publicadas (paquete de datos Frictionless, CSL-JSON)
help-export-data = Un paquete de datos Frictionless de todas las evaluaciones publicadas (la última revisión de cada una): datapackage.json con un diccionario de datos campo por campo y un CSV por tabla
help-export-data-out = Carpeta en la que escribir el paquete
help-export-csl = El registro de fuentes de una evaluación publicada en CSL-JSON (lo importan Zotero y otros gestores de referencias)
help-export-csl-jurisdiction = { -help-jurisdiction }
help-export-csl-year = { -help-year }

## mgi workbook

help-workbook = Libros de cuestionario (XLSX) para la investigación documental: exportar y luego importar el libro completado
help-workbook-export = Escribe el libro de cuestionario de una evaluación guardada: una hoja por dominio, una fila por indicador (respuesta como lista desplegable, texto, fuentes, notas), las conclusiones (una por fila) y el registro de fuentes
help-workbook-export-jurisdiction = { -help-jurisdiction }
help-workbook-export-year = { -help-year }
help-workbook-export-out = El archivo del libro que se escribirá (XLSX)
help-workbook-export-lang = Idioma del libro (en, fr o es): nombres de las hojas, encabezados, etiquetas de las listas desplegables, instrucciones y preguntas de los indicadores. `import` vuelve a leer cualquiera de ellos
help-workbook-import = Vuelve a leer un libro completado. Cada celda errónea se enumera como Hoja!Celda con el motivo y no se guarda nada hasta que todo el libro sea válido; se rechaza un libro exportado antes de la modificación de otra persona
help-workbook-import-jurisdiction = { -help-jurisdiction }
help-workbook-import-year = { -help-year }
help-workbook-import-file = El libro completado (XLSX)
help-workbook-import-actor = { -help-actor }

## mgi round, mgi diff, mgi aggregate

help-round = Ciclos de seguimiento
help-round-new = Inicia el ciclo siguiente de un país o localidad a partir de uno guardado: respuestas, conclusiones, fuentes y contexto trasladados mediante las tablas de correspondencia del marco, cada respuesta marcada como «trasladada» para volver a verificarla
help-round-new-jurisdiction = { -help-jurisdiction }
help-round-new-year = Año del nuevo ciclo
help-round-new-from = El ciclo de partida
help-diff = Evolución entre dos ciclos guardados de un país o localidad: nuevo, reforzado, sin cambios, debilitado o retirado por indicador, fuentes modificadas, conclusiones que cambiaron
help-diff-jurisdiction = { -help-jurisdiction }
help-diff-year1 = El ciclo anterior
help-diff-year2 = El ciclo posterior
help-diff-json = Muestra la comparación en JSON
help-aggregate = Vistas agregadas de los últimos ciclos publicados: gcm o sdg (indicativa)
help-aggregate-view = La vista que se mostrará
help-aggregate-view-gcm = Respuestas por valor en los indicadores de cada objetivo del PMM, en total y por región
help-aggregate-view-sdg = Lecturas indicativas del ODS 10.7.2 por país o localidad y dominio
help-aggregate-local = Las localidades en lugar de los países
help-aggregate-json = Muestra la vista en JSON

## mgi backup, mgi restore

help-backup = Una copia coherente de la base de datos, hecha mientras sirve (SQLite VACUUM INTO, o pg_dump)
help-backup-file = El archivo de copia de seguridad que se escribirá (un archivo nuevo)
help-restore = Restaura una copia de seguridad en una base vacía (un archivo SQLite nuevo, o una base PostgreSQL vacía)
help-restore-file = El archivo de copia de seguridad que se leerá

## mgi bench

help-bench = Pruebas de rendimiento (no pruebas de funcionamiento): muestran una tabla de mediciones
help-bench-load = Genera el conjunto de datos sintético y lo carga en bloque en una base nueva (--db, o un archivo SQLite nuevo en una carpeta temporal); muestra filas, segundos, filas/s y memoria máxima
help-bench-load-countries = Número de países que generar
help-bench-load-localities = Número de localidades que generar
help-bench-load-rounds = Número de ciclos por país o localidad
help-bench-load-batch = Evaluaciones por transacción
help-bench-render = Genera un perfil guardado en cada formato (en este proceso) y luego la página web con un proceso `mgi render` completo, frente a pandoc convirtiendo el mismo Markdown en HTML
help-bench-render-jurisdiction = { -help-jurisdiction }
help-bench-render-year = { -help-year }
help-bench-render-runs = { -help-runs }
help-bench-portal = La página de inicio, las páginas del explorador, los mapas, las páginas de la vista del PMM, de la búsqueda y de los ODS sobre una base cargada (`--db`, después de `bench load` con el mismo `--db`): mediana y p90 por página frente a los objetivos
help-bench-portal-runs = { -help-runs }
help-bench-http = Muchos clientes en la interfaz local frente a un `mgi serve` real sobre `--db` (después de `mgi demo --no-serve` sobre ella) durante un tiempo fijo: páginas del portal, búsqueda y escrituras por la API en el ciclo en borrador de la demostración. Muestra número, tasa, mediana, p99 y máximo por tipo, y la memoria del servidor antes y después; termina con el código 1 si alguna petición falló
help-bench-http-clients = Número de clientes simultáneos
help-bench-http-seconds = Duración de la ejecución, en segundos
help-bench-http-json = Muestra el informe en JSON
help-bench-import = Importa un texto de perfil muchas veces en este proceso; muestra los tiempos mínimo, mediano y p90
help-bench-import-file = { help-import-profile-file }
help-bench-import-jurisdiction = { help-import-profile-jurisdiction }
help-bench-import-year = { help-import-profile-year }
help-bench-import-runs = { -help-runs }

## Errores de uso (una línea de comandos que mgi no sabe leer)

usage-error-invalid-value = valor «{ $value }» no válido para { $arg }; valores aceptados: { $valid }
usage-error-value-validation = valor «{ $value }» no válido para { $arg }: { $reason }
usage-error-unknown-argument = argumento inesperado { $arg }
usage-error-unknown-subcommand = comando desconocido «{ $name }»
usage-error-suggestion = (¿quiso decir { $suggested }?)
usage-error-missing = falta: { $arg }
usage-error-conflict = { $arg } no se puede usar con { $other }
usage-error-values = número de valores incorrecto para { $arg }
usage-error-more = Para más información, pruebe «--help».
