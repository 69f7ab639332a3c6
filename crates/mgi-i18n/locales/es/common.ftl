# Mensajes que comparten todas las partes de mgi: nombre del sitio, navegación, selección de
# idioma, páginas de error, recuentos.

site-title = Indicadores de Gobernanza de la Migración

## Navegación del portal público

nav-home = Inicio
nav-explore = Explorar
nav-compare = Comparar
nav-search = Buscar
# Pacto Mundial para la Migración Segura, Ordenada y Regular (PMM).
nav-gcm = Pacto Mundial
# Lecturas indicativas del indicador 10.7.2 de los Objetivos de Desarrollo Sostenible.
nav-sdg = ODS 10.7.2
language-switch = Idioma

## Páginas de error

error-not-found = Página no encontrada
error-forbidden = No tiene permiso para realizar esta acción
error-server = Se produjo un error en el servidor

## Recuentos

# $count (número): cuántos indicadores.
count-indicators =
    { $count ->
        [one] { $count } indicador
       *[other] { $count } indicadores
    }

## Texto de reserva

# $original (código de idioma: en, fr o es): el idioma en que se muestra el texto.
# $code: a language code of mgi.
language-name = { $code ->
        [fr] francés
        [es] español
        [ar] árabe
        [ru] ruso
        [zh] chino
        [pt] portugués
        [mn] mongol
       *[en] inglés
    }
# $original: the name of the language the text is shown in (language-name).
translation-missing =
    Texto aún no traducido al español; se muestra en { $original }.

# El estado de una prioridad de la consulta ($status: planned, in-progress, done, dropped, none).
priority-status = { $status ->
    [planned] prevista
    [in-progress] en curso
    [done] realizada
    [dropped] abandonada
   *[none] sin seguimiento en este ciclo
}
