## Lo que nombra un mensaje sobre un elemento guardado (ya existe, no se encontró, conflicto)

record-assessment = evaluación { $jurisdiction } { $year }
record-part = { $kind ->
        [answer] respuesta al indicador { $key }
        [finding] conclusión { $key }
        [summary] resumen del dominio { $key }
        [source] fuente { $key }
        [comment] comentario { $key }
        [figure] cifra de contexto { $key }
        [convention] convención { $key }
        [translation] traducción { $key }
       *[note] nota sobre el indicador { $key }
    } de { $jurisdiction } { $year }
record-publication = publicación de { $jurisdiction } { $year }
record-published-rounds = ciclos publicados de { $jurisdiction }
record-user = usuario { $name }
record-file = archivo { $path }
