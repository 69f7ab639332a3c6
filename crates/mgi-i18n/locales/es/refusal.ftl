# Por qué no se hizo un cambio: los rechazos del proceso, un cambio de etapa que no permite, un
# guardado o una aprobación basados en lo que otra persona modificó entretanto. El sitio los
# muestra en la página «No se ha realizado», la línea de comandos después de «Error:». Las etapas
# se dan por su nombre (work-stage); $jurisdiction es un código (MNG, GHA-accra) y $year un ciclo,
# tal como se escriben.

# $jurisdiction, $year: la evaluación; $stage: el nombre de su etapa.
refusal-approval-not-now = La evaluación { $jurisdiction } { $year } está en la etapa «{ $stage }»: la aprobación solo tiene lugar en consulta, una vez validada o en corrección.
refusal-correction-without-note = Una corrección se publica con una nota pública que indique qué ha cambiado.
# $jurisdiction, $year: la evaluación.
refusal-not-approved = El contenido actual de la evaluación { $jurisdiction } { $year } no está aprobado: el punto focal debe aprobarlo (de nuevo) antes de la publicación.
# $jurisdiction, $year: la evaluación; $gaps: lo que impide la publicación, separado por punto y coma.
refusal-not-ready = La evaluación { $jurisdiction } { $year } no está lista para publicarse: { $gaps }. Corríjalo primero, o publíquela de todos modos con una razón escrita (una excepción).
# $jurisdiction, $year: la evaluación; $stage: el nombre de su etapa.
refusal-round-closed = La evaluación { $jurisdiction } { $year } está en la etapa «{ $stage }»: un libro del cuestionario solo puede completar un ciclo en preparación.
# $from, $to: los nombres de las dos etapas; $allowed: los nombres de las etapas posibles,
# separados por comas.
refusal-transition = Una evaluación no puede pasar de la etapa «{ $from }» a la etapa «{ $to }»; desde «{ $from }» puede pasar a: { $allowed }.
refusal-content-changed = La evaluación ha cambiado desde que la leyó: vuelva a leerla y después inténtelo de nuevo.
# $expected (número): la versión en la que se basaba el guardado; $current (número): la guardada.
refusal-conflict = Otra persona guardó este elemento entretanto (usted editaba la versión { $expected }, ahora está en la versión { $current }); no se guardó nada.
# $what: el elemento (un mensaje record-).
refusal-already-exists = Este elemento ya existe ({ $what }); no se ha sobrescrito nada.
refusal-not-found = No se encontró: { $what }.
# $jurisdiction, $year: la evaluación; $stage: el nombre de su etapa.
refusal-share-not-now = La evaluación { $jurisdiction } { $year } está en la etapa «{ $stage }»: los enlaces para los participantes en la consulta solo se crean mientras el borrador está compartido (etapas «borrador compartido» y «consulta»).
# $max (número): el máximo de participantes que admite un enlace.
refusal-link-full = Este enlace ya ha admitido a sus { $max } participantes: pida un enlace nuevo a quien se lo envió.
# $jurisdiction, $year: la evaluación; $stage: el nombre de su etapa.
refusal-edit-not-now = La evaluación { $jurisdiction } { $year } está en la etapa «{ $stage }»: su contenido no puede modificarse en esta etapa (una evaluación publicada se modifica abriendo una corrección).
