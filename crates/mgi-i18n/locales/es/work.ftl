# Las páginas de trabajo, tras iniciar sesión: el panel, el espacio de trabajo de una evaluación y
# sus editores, los comentarios, la validación y la publicación, los ciclos, los tokens de la API
# y las cuentas. Los nombres, títulos y textos escritos por las personas se muestran tal cual.

## Panel

work-dashboard-title = Mi trabajo
# $name: el nombre de quien inició sesión; $role: su rol (web-role-*).
work-dashboard-signed-in = Sesión iniciada como { $name } ({ $role }).
work-dashboard-empty = Por ahora no hay nada que hacer.
work-accounts = Cuentas
work-api-tokens = Tokens de la API
work-todo-approve = por aprobar
work-todo-write = por redactar
work-todo-comment = por comentar
work-todo-read = por leer

## Encabezados de las tablas

work-col-assessment = Evaluación
work-col-round = Ciclo
work-col-stage = Etapa
work-col-for-you = Para usted
work-col-indicator = Indicador
work-col-question = Pregunta
work-col-answer = Respuesta
work-col-status = Estado
work-col-sources = Fuentes
work-col-when = Cuándo
work-col-who = Quién
work-col-what = Qué
work-col-field = Campo
work-col-before = Antes
work-col-after = Después
work-col-label = Etiqueta
work-col-created = Creado
work-col-expires = Vence
work-col-state = Estado
work-col-name = Nombre
work-col-role = Rol

## Códigos mostrados por su nombre (los formularios envían los códigos)

# $stage (código): la etapa de una evaluación.
work-stage =
    { $stage ->
        [data-collection] recopilación de datos
        [draft-shared] borrador compartido
        [consultation] consulta
        [validated] validado
        [published] publicado
        [correction] corrección
       *[launched] inicio
    }
# $status (código): el avance de una respuesta.
work-status =
    { $status ->
        [not-started] sin empezar
        [draft] borrador
        [complete] completa
        [reviewed] revisada
       *[carried-over] traída del ciclo anterior – por verificar
    }
# $confidence (código): cuán segura está el equipo de una respuesta.
work-confidence =
    { $confidence ->
        [low] baja
        [medium] media
       *[high] alta
    }
work-confidence-none = sin indicar
# $kind (código): el tipo de una fuente.
work-source-kind =
    { $kind ->
        [law] ley
        [regulation] reglamento
        [policy] política
        [agreement] acuerdo
        [report] informe
        [data] datos
        [web] página web
       *[other] otro
    }
# $sex (código): a quién cuenta una cifra de contexto.
work-sex =
    { $sex ->
        [male] hombres
        [female] mujeres
       *[total] ambos sexos
    }
# $state (código): en qué punto está un comentario.
work-comment-state =
    { $state ->
        [accepted] aceptado
        [declined] rechazado
        [resolved] resuelto
       *[open] abierto
    }
work-visibility-government = el gobierno y el equipo
work-visibility-internal = solo el equipo

## Espacio de trabajo

# $set: el identificador de la serie del marco; $version: su número de versión.
work-framework = marco { $set }, versión { $version }
work-link-preview = Vista previa del perfil
work-link-sources = Registro de fuentes
work-link-context = Contexto y convenciones
work-link-audit = Registro de auditoría
work-link-approve = Leer y aprobar
work-link-progress = Evolución desde el ciclo anterior
work-pages-label = Páginas de esta evaluación
# $stage: el nombre de la etapa (work-stage).
work-move-to = Pasar a la etapa «{ $stage }»
work-round-label = Iniciar el ciclo siguiente (respuestas, conclusiones y fuentes trasladadas, cada respuesta por volver a verificar)
work-round-button = Iniciar el ciclo
work-share-label = Invitar a participantes en la consulta mediante un enlace
work-share-placeholder = p. ej., organizaciones de la sociedad civil
work-share-days = Válido durante (días)
work-share-button = Crear el enlace
work-summary-link = Resumen de este dominio
work-findings = Conclusiones
work-share-created = Enlace creado
# $label: para quién es el enlace, tal como se escribió; $days (número): cuánto tiempo vale.
work-share-created-text =
    Envíe esta dirección a los participantes ({ $label }). Les abre este borrador para comentarios durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; solo se muestra ahora.
work-back-to-assessment = Volver a la evaluación
work-audit-empty = Todavía no se ha cambiado nada.
work-audit-title = Registro de auditoría

## Enlaces para compartir del espacio de trabajo

work-share-links = Enlaces para compartir
work-share-col-guests = Participantes admitidos
# $when: la fecha y la hora de su creación; $who: quién lo creó (un nombre de usuario); $stage: el
# nombre de la etapa en la que se creó (work-stage).
work-share-made = { $when }, por { $who }, en la etapa «{ $stage }»
# $count (número): los participantes admitidos por el enlace; $max (número): el máximo que admite.
work-share-guests = { $count } de { $max }
# $state (código): en qué punto está el enlace.
work-share-state =
    { $state ->
        [open] abierto
        [full] completo: ya no admite a nadie
        [expired] caducado
        [revoked] revocado
       *[ended] cerrado: el borrador ya no está compartido
    }
# $state (código): revoked o ended; $when: la fecha y la hora en que ocurrió.
work-share-state-since =
    { $state ->
        [revoked] revocado el { $when }
       *[ended] cerrado el { $when }: el borrador ya no está compartido
    }
work-share-revoke = Revocar

## Conflicto de edición (otra persona guardó el mismo elemento antes)

work-conflict-title = Conflicto de edición
# $what: el elemento, uno de los mensajes work-what-*.
work-conflict-heading = Otra persona guardó { $what } antes que usted
work-conflict-text = No se guardó nada de lo suyo y nada se ha perdido: compare las dos versiones, incorpore al formulario lo que quiera conservar y vuelva a guardar.
work-conflict-theirs = Guardado entretanto
work-conflict-yours = Su versión
work-conflict-again = Su versión, para volver a guardar
# $name: el nombre corto del indicador, en el idioma de la página.
work-what-answer = la respuesta sobre «{ $name }»
work-what-finding = esta conclusión
work-what-summary = este resumen
work-what-source = esta fuente
work-what-figure = esta cifra
work-what-convention = esta convención
work-what-note = esta nota

## Página de un indicador

# $name: el nombre corto del indicador, en el idioma de la página.
work-indicator-title = Indicador: { $name }
work-answer-value = Respuesta
work-answer-narrative = Exposición (Markdown)
work-answer-confidence = Confianza
work-answer-notes = Notas de investigación privadas (nunca se publican)
work-answer-evidence = Pruebas del registro de fuentes
# $n (número): el lugar de la cita en la lista.
work-answer-source = Fuente n.º { $n }
work-evidence-hint = Elija una fuente del registro escribiendo parte de su emisor, título o año, e indique dónde en ella (un artículo, una página). Vacíe una fila para quitar una cita.
work-answer-pin = Dónde en la fuente (artículo, página)
work-answer-new-source = O citar una fuente nueva (se añade al registro)
work-answer-new-pin = Dónde en la fuente
work-answer-save = Guardar la respuesta
work-evidence = Pruebas
work-research-notes = Notas de investigación
work-year = Año

## Registro de fuentes

work-sources-title = Registro de fuentes
# $title: el emisor, el título y el año de la fuente.
work-source-page = Fuente «{ $title }»
work-source-issuer = Autor o institución
work-source-title = Título
work-source-kind-label = Tipo
work-source-url = Dirección (URL)
work-source-amended = Modificada en (años, separados por comas)
work-source-note = Nota (lugar, fecha, tipo de informe)
# $years: los años de sus modificaciones, separados por comas.
work-source-amended-in = Modificada en { $years }.
work-source-save = Guardar la fuente
work-sources-find = Buscar una fuente
work-sources-find-hint = Palabras de su autor o de su título, o su año; los acentos y las mayúsculas no importan.
work-sources-find-button = Buscar
work-sources-show-all = Mostrar todas las fuentes
# $total (número): las fuentes del registro.
work-sources-count =
    { $total ->
        [one] { $total } fuente
       *[other] { $total } fuentes
    }
# $shown (número): las fuentes encontradas; $total (número): las fuentes del registro.
work-sources-shown =
    { $total ->
        [one] { $shown } de { $total } fuente
       *[other] { $shown } de { $total } fuentes
    }
work-sources-none-found = Ninguna fuente del registro coincide con estas palabras.
# Antes de los nombres de las otras fuentes con el mismo título.
work-sources-twins = Quizá el mismo documento que:
# $name: el nombre de la fuente que se conserva (autor, título y año).
work-sources-merge-into = fusionar con { $name }
work-source-merge-heading = Fusionar con otra fuente
work-source-merge-help = Si esta entrada y otra del registro son el mismo documento, fusiónelas: todas las citas de esta entrada pasan a la otra, y esta entrada sale del registro.
work-source-merge-into-label = Fuente que se conserva
work-source-merge-continue = Continuar
work-source-merge-title = Fusionar dos fuentes
work-source-merge-removed-label = Se retira del registro
work-source-merge-kept-label = Se conserva
# $count (número): las citas de la fuente retirada (respuestas, conclusiones, datos de contexto);
# $from, $into: los nombres de la fuente retirada y de la que se conserva.
work-source-merge-moves =
    { $count ->
        [0] Nada cita { $from }: ninguna cita pasa a { $into }.
        [one] Una cita pasará de { $from } a { $into }.
       *[other] { $count } citas pasarán de { $from } a { $into }.
    }
# $from: el nombre de la fuente retirada.
work-source-merge-removed = La fuente { $from } se retirará del registro.
work-source-merge-final = Esta operación no se puede deshacer.
work-source-merge-confirm = Fusionar las fuentes
work-source-merge-cancel = Cancelar

## Conclusiones y resúmenes

# $key: la clave de la conclusión.
work-finding-title = { $kind } — { $domain }
work-finding-text = Texto
work-finding-indicators = Indicadores a los que se refiere
work-finding-indicators-shown = Indicadores
work-finding-new-title = Nueva conclusión: { $domain }
work-finding-footnote = Nota { $n }
work-finding-domain = Dominio
work-field-shift = debe ser arriba o abajo
work-field-review = debe ser aceptar o descartar
work-finding-delete-title = ¿Eliminar esta conclusión?
work-finding-delete-warning = La conclusión y sus citas se quitarán del borrador. Su texto queda en el registro de auditoría y se conservan los comentarios sobre ella. No se puede deshacer.
work-finding-delete-button = Eliminar la conclusión
work-cancel = Cancelar
work-finding-text-hint = Markdown: **negrita**, *cursiva*, listas. Redactado como lo imprimirá el perfil.
work-finding-indicators-hint = Marque los indicadores de los que trata la conclusión; el primero es el principal. El dominio de la conclusión está abierto y los demás dominios siguen.
work-finding-indicators-linked = Vinculados ahora (el principal primero):
work-finding-footnotes = Notas al pie
work-finding-footnotes-hint = Una nota por campo, impresa al pie de página. Vacíe un campo para quitar su nota.
work-suggestions-title = Indicadores sugeridos por revisar
work-suggestions-text = La importación propuso estos indicadores para esta conclusión, del más cercano al menos cercano. Acepte aquellos de los que trata y descarte los demás.
work-suggestions-words = Palabras en común:
work-suggestion-accept = Aceptar
work-suggestion-dismiss = Descartar
work-finding-arrange = Orden y eliminación
work-finding-move-up = Subir
work-finding-move-down = Bajar
work-finding-delete = Eliminar esta conclusión
work-finding-label = { $kind }, { $domain }: «{ $start }»
work-finding-flag-suggestions = { $count ->
    [one] un indicador sugerido por revisar
   *[other] { $count } indicadores sugeridos por revisar
}
work-finding-flag-uncited = ninguna fuente citada
work-finding-flag-unlinked = ningún indicador
work-finding-save = Guardar la conclusión
work-finding-add = Añadir una conclusión
work-finding-kind = Clase
work-finding-add-button = Añadir la conclusión
work-summary-title = Resumen
work-summary-heading = Resumen del dominio
work-summary-text = Resumen (Markdown)
work-summary-save = Guardar el resumen

## Consultas

work-consultations = Reuniones de consulta
# $start, $end: fechas ya escritas.
work-event-dates = del { $start } al { $end }
# $count (número): cuántas personas participaron.
work-event-participants =
    { $count ->
        [one] { $count } participante
       *[other] { $count } participantes
    }
work-event-title = Reunión
work-event-start = Desde (AAAA-MM-DD)
work-event-end = Hasta (AAAA-MM-DD)
work-event-place = Lugar
work-event-participants-label = Participantes (número, si se conoce)
work-event-description = Quiénes participaron
work-event-save = Registrar la reunión

## Contexto y convenciones

work-context-title = Contexto y convenciones
work-context-figures = Cifras de contexto
work-figure-new = Nueva cifra
work-figure-measure = Medida (p. ej., immigrant-stock)
work-figure-value = Valor
work-figure-unit = Unidad (personas, por ciento, …)
work-figure-sex = Sexo
work-figure-age = Grupo de edad
work-figure-source = Fuente de la cifra
work-figure-save = Guardar la cifra
work-figure-add = Añadir la cifra
work-conventions = Convenciones internacionales
# $year: el año de ratificación, tal como se escribe.
work-convention-ratified-in = ratificada en { $year }
work-convention-ratified = ratificada
work-convention-not-ratified = no ratificada
work-convention-ratified-label = Ratificada
work-save = Guardar

## Comentarios

work-comments = Comentarios
work-comments-none = Todavía no hay comentarios.
work-anchor-general = la evaluación
work-anchor-finding = una conclusión
# $name: el nombre del indicador.
work-anchor-indicator = el indicador «{ $name }»
# $anchor: de qué trata el comentario (work-anchor-*).
work-comment-on = sobre { $anchor }
work-comment-internal = interno
work-comment-state-label = Estado
work-comment-set = Aplicar
work-comment-visible-to = Visible para
# $anchor: de qué trata el comentario (work-anchor-*).
work-comment-yours = Su comentario sobre { $anchor }
work-comment-button = Comentar

## Validación y publicación

work-validation = Validación por el gobierno
work-not-approved = Todavía no aprobado.
# $who: el nombre de quien aprobó; $date: cuándo, ya escrito.
work-approved = Aprobado por { $who } el { $date }: la aprobación abarca el contenido actual.
# $who: el nombre de quien aprobó; $date: cuándo, ya escrito.
work-approval-stale = La aprobación de { $who } del { $date } ha caducado: el contenido cambió desde entonces. Se necesita una nueva aprobación antes de publicar.
work-publish-note = Nota (opcional)
work-publish-note-correction = Nota pública sobre el cambio (qué se corrigió)
work-publish = Publicar
work-approval = Aprobación
# $fingerprint: los primeros caracteres de la huella del contenido.
work-approval-text = Al aprobar, el gobierno valida el contenido de esta página tal como usted lo lee (huella { $fingerprint }). Cualquier cambio posterior deja la aprobación sin efecto.
work-approve-button = Aprobar este contenido

## Ciclos

work-progress-title = Evolución
# $from, $to: los años de los dos ciclos, tal como se escriben.
work-progress-heading = Evolución de { $from } a { $to }
work-progress-intro = Compara los ciclos guardados (borradores incluidos). Las notas se hacen públicas en la página de evolución del portal cuando ambos ciclos están publicados.
# $name: el nombre corto del indicador, en el idioma de la página.
work-note-on = Nota sobre «{ $name }»
work-note-save = Guardar la nota

## Libro del cuestionario

work-workbook = Libro del cuestionario
work-workbook-download = Descargar el libro
work-workbook-text = (una hoja por dominio, una fila por indicador, las conclusiones, el registro de fuentes), rellénelo en una hoja de cálculo y súbalo. No se guarda nada mientras alguna celda no sea válida.
work-workbook-file = Libro rellenado (.xlsx)
work-workbook-upload = Subir el libro
work-workbook-failed-title = Libro no importado
work-workbook-failed = El libro no se importó
work-workbook-failed-text = No se guardó nada. Corrija estas celdas y vuelva a subir el libro:

## Tokens de la API

work-tokens-title = Tokens de la API
work-tokens-intro = Un token permite que un script use la API en su nombre, con su rol y sus países o localidades
work-tokens-send = Envíelo así:
work-token-shown-once = Su nuevo token, que solo se muestra esta vez: cópielo ahora.
work-token-active = activo
work-token-revoked = revocado
work-token-new = Nuevo token
work-token-label = Para qué sirve
# $max (número): la validez más larga permitida.
work-token-days = Válido durante (días, como máximo { $max })
work-token-create = Crear el token
work-token-revoke-heading = Revocar
work-token-revoke-label = Etiqueta de los tokens que se revocarán
work-token-revoke = Revocar los tokens

## Cuentas (administradores)

work-account-new = Nueva cuenta
work-account-username = Nombre de usuario
work-account-name = Nombre que se muestra
work-account-jurisdictions = Países o localidades (punto focal; códigos separados por comas)
work-account-assessment = Evaluación (participante en la consulta; CÓDIGO/AÑO)
work-account-password = Contraseña inicial (al menos 8 caracteres)
work-account-create = Crear la cuenta

## Qué falla en un campo del formulario (tras el nombre del campo)

work-field-required = es obligatorio
work-field-version = debe ser un número de versión
# $max: el límite en bytes, tal como se escribe.
work-field-too-long = supera los { $max } bytes
work-field-nul = contiene un carácter NUL (U+0000); elimínelo
work-field-days = debe ser un número de días
work-field-at-most-200 = 200 caracteres como máximo
work-field-confidence = debe ser baja, media o alta
work-field-value = debe ser un valor de la escala de respuestas
work-field-status = debe ser un estado de respuesta
work-field-stage = debe ser una etapa del proceso
work-field-year = debe ser un año
work-field-kind = debe ser un tipo de fuente
work-field-amended = debe ser una lista de años separados por comas
work-field-date = debe ser una fecha con el formato AAAA-MM-DD
work-field-whole-number = debe ser un número entero
work-field-number = debe ser un número
work-field-sex = debe ser ambos sexos, hombres o mujeres
work-field-finding-kind = debe ser «bien desarrollado» o «con potencial de desarrollo»
work-field-anchor = debe indicar la evaluación, o una conclusión o un indicador con su referencia
work-field-visibility = debe ser «gobierno» o «interno»
work-field-internal-only = solo el equipo escribe comentarios internos
work-field-comment-state = debe ser abierto, aceptado, rechazado o resuelto
work-field-round-year = debe ser el año de un ciclo, p. ej., 2026
work-field-from = debe ser el año del ciclo anterior
work-field-role = debe ser un rol
work-field-assessment = debe tener la forma CÓDIGO/AÑO, p. ej., MNG/2026
work-field-workbook = elija el libro rellenado (.xlsx) que desea subir

## Registro de auditoría: lo que cambió una entrada, por su nombre (el registro guarda los códigos)

work-audit-entity-assessment = evaluación
work-audit-entity-answer = respuesta
work-audit-entity-finding = conclusión
work-audit-entity-summary = resumen
work-audit-entity-source = fuente
work-audit-entity-context = cifra de contexto
work-audit-entity-convention = convención
work-audit-entity-consultation = actividad de consulta
work-audit-entity-comment = comentario
work-audit-entity-share-link = enlace para compartir
work-audit-entity-round-note = nota de evolución
work-audit-entity-translation = traducción
work-audit-field-stage = etapa
work-audit-field-approval = aprobación
work-audit-field-import = importación
work-audit-field-value = respuesta
work-audit-field-narrative = exposición
work-audit-field-status = estado
work-audit-field-confidence = confianza
work-audit-field-notes = notas de investigación
work-audit-field-citations = pruebas
work-audit-field-text = texto
work-audit-field-indicators = indicadores
work-audit-field-issuer = emisor
work-audit-field-title = título
work-audit-field-year = año
work-audit-field-kind = tipo
work-audit-field-url = dirección (URL)
work-audit-field-note = nota
work-audit-field-figure = cifra
work-audit-field-ratified = ratificación
work-audit-field-created = creación
work-audit-field-revoked = revocación
work-audit-field-state = estado
work-audit-field-footnotes = notas al pie
work-audit-field-position = posición
work-audit-field-suggestions = indicadores sugeridos
work-audit-field-override = publicación pese a lo pendiente
# Páginas de confirmación antes de acciones de gran alcance (work::confirm).
# $count (número): cuántos elementos no se enumeran.
confirm-more = y { $count } más
confirm-not-ready = Lo que no está listo
confirm-not-ready-blocks = La publicación se rechaza mientras queden los puntos marcados como bloqueantes. Corríjalos primero, o dé una razón escrita para publicar de todos modos (una excepción, registrada con su nombre y mostrada en la evaluación).
confirm-not-ready-warns = Puede continuar, pero estos puntos aún no están listos.
# $measure (código): lo que mide el dato.
confirm-figure = Dato de contexto { $measure }
# $on: sobre qué trata el comentario (work-anchor-*).
confirm-comment-on = Comentario sobre { $on }
confirm-problems = Hay un problema
confirm-cancel = Cancelar y volver a la evaluación
# $stage: el nombre de la etapa de destino.
confirm-move-heading = ¿Pasar a la etapa «{ $stage }»?
# $stage (código): la etapa de destino.
confirm-move-what =
    { $stage ->
        [data-collection] El equipo reúne y redacta las pruebas; el borrador deja de estar compartido con el gobierno y con los participantes de la consulta.
        [draft-shared] El borrador se comparte con el punto focal del gobierno, y se pueden crear enlaces para los participantes de la consulta.
        [consultation] El borrador pasa a consulta: los participantes con un enlace lo leen y lo comentan.
        [correction] El perfil publicado sigue siendo público mientras el equipo lo corrige; la corrección se publica tras una nueva aprobación.
       *[other] La evaluación pasa a la etapa siguiente.
    }
confirm-move-ends-sharing = Todos los enlaces para compartir terminan definitivamente, y los participantes que llegaron por ellos pierden el acceso.
confirm-override = Razón para publicar de todos modos
# $max (número): la longitud máxima.
confirm-override-hint = Una línea, como máximo { $max } caracteres. Se registra con su nombre en el registro de auditoría y se muestra en la evaluación.
confirm-publish-heading = ¿Publicar esta evaluación?
# $address: la dirección del perfil publicado.
confirm-publish-what = El perfil pasa a ser público en { $address }, para todos.
confirm-publish-frozen = Lo que se publica es una copia fija: cualquier cambio posterior requiere una corrección, aprobada de nuevo.
confirm-publish-anyway = Publicar de todos modos
confirm-revoke-heading = ¿Revocar este enlace para compartir?
# $label: para quién es el enlace.
confirm-revoke-what = El enlace para { $label } ya no admitirá a nadie.
# $guests: cuántos participantes admitió, de cuántos (work-share-guests).
confirm-revoke-guests = Los participantes que admitió ({ $guests }) pierden el acceso ahora. No se puede deshacer.
# $who: el nombre del administrador; $date: cuándo.
work-published-override = Publicado el { $date } por { $who } aunque no estaba lista. Razón dada:
work-audit-field-merged-into = fusionada con
work-audit-field-framework = versión del marco
# $count (número): las citas que pasaron a la fuente conservada, cuando otra se fusionó con ella.
work-audit-citations-moved =
    { $count ->
        [one] { $count } cita trasladada
       *[other] { $count } citas trasladadas
    }
