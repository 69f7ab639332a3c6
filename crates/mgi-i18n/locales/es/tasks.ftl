# La lista de tareas de una evaluación (mgi_model::progress), el panel que dice a cada rol qué
# puede hacer ahora y qué viene después, y el encabezado de la vista previa del borrador. Los
# nombres de los dominios vienen del marco; las cantidades son números.

## Lista de tareas

tasks-title = Lista de tareas
# $done (número): las tareas terminadas; $total (número): todas las tareas.
tasks-done =
    { $total ->
        [one] { $done } de { $total } sección terminada
       *[other] { $done } de { $total } secciones terminadas
    }
# $status (código): en qué punto está una tarea.
tasks-status =
    { $status ->
        [not-started] Sin empezar
        [in-progress] En curso
        [to-verify] Por verificar
       *[done] Terminada
    }
# The dashboard's column of each assessment's progress.
tasks-col-progress = Avance
# A heading of the design page (/design).
tasks-design = Estados de las tareas y avance
tasks-context = Contexto migratorio (cifras)
tasks-conventions = Tabla de convenciones
tasks-summaries = Resúmenes de los dominios
tasks-consultations = Anexo sobre la consulta
# $done, $total, $to_verify (números): las respuestas de un dominio completas o revisadas, sus
# indicadores, y las respuestas traídas del ciclo anterior.
tasks-count-answers =
    { $to_verify ->
        [0] { $done } de { $total } respuestas terminadas
       *[other] { $done } de { $total } respuestas terminadas, { $to_verify } por verificar
    }
# $done (número): las cifras cuya fuente está en el registro; $total (número): todas las cifras.
tasks-count-figures =
    { $total ->
        [0] Ninguna cifra todavía
       *[other] { $done } de { $total } cifras con su fuente en el registro
    }
# $total (número): las filas de la tabla de convenciones.
tasks-count-conventions =
    { $total ->
        [0] Ninguna convención todavía
        [one] Una convención
       *[other] { $total } convenciones
    }
# $done (número): los dominios con resumen; $total (número): los dominios.
tasks-count-summaries = { $done } de { $total } resúmenes redactados
# $total (número): los eventos de consulta.
tasks-count-events =
    { $total ->
        [0] Ningún evento de consulta todavía
        [one] Un evento de consulta
       *[other] { $total } eventos de consulta
    }

## Lo que puede hacer ahora

guide-title = Lo que puede hacer ahora
# $role: el rol de la persona conectada (web-role-*); $stage: el nombre de la etapa (work-stage).
guide-where = Ha iniciado sesión como { $role }; esta evaluación está en la etapa «{ $stage }».
guide-approve = Lea la vista previa, comente lo que quiera y luego apruébela.
guide-write = Complete la lista de tareas y luego lea la vista previa.
guide-write-done = Todas las tareas están terminadas: lea la vista previa.
guide-comment = Lea el borrador y su vista previa, y comente lo que quiera.
guide-read = Puede leer esta evaluación; no tiene nada que hacer en esta etapa.
# $stage: el nombre de la etapa (work-stage), después de la publicación.
guide-correct = Si el perfil publicado necesita una corrección, páselo a la etapa «{ $stage }».
# $stage: el nombre de la etapa (work-stage).
guide-move = Cuando esté lista, pásela a la etapa «{ $stage }» con el botón de abajo.
guide-share = Invite a los participantes en la consulta con un enlace.
guide-moderate = Acepte, rechace o resuelva los comentarios.
guide-publish = Compruebe que la aprobación abarca el contenido actual y luego publíquelo.
# $stage: el nombre de la etapa siguiente (work-stage).
# $by_approval (yes o no): si el paso se hace aprobando el contenido.
guide-next-you =
    { $by_approval ->
        [yes] Etapa siguiente: «{ $stage }», en cuanto usted apruebe el contenido.
       *[no] Etapa siguiente: «{ $stage }», a la que usted la pasa.
    }
# $stage: el nombre de la etapa siguiente (work-stage); $roles: los roles que la pasan a ella
# (web-role-*), separados por comas.
guide-next-by = Etapa siguiente: «{ $stage }», a la que la pasan: { $roles }.

## La vista previa del borrador

preview-back = Volver al espacio de trabajo
preview-edit-finding = Modificar esta conclusión
preview-edit-summary = Modificar este resumen
preview-open-finding = Abrir esta conclusión
preview-open-summary = Abrir este resumen
# La etiqueta de la navegación en lo alto de la vista previa.
preview-nav = El borrador
# $date: ahora, por extenso.
approval-as-of = El contenido tal como está el { $date }.
# $count (número)
approval-answers =
    { $count ->
        [one] Una respuesta
       *[other] { $count } respuestas
    }
# $count (número)
approval-findings =
    { $count ->
        [one] Una conclusión
       *[other] { $count } conclusiones
    }
# $count (número)
approval-sources =
    { $count ->
        [one] Una fuente
       *[other] { $count } fuentes
    }
