# Lo que no está listo en una evaluación antes de compartirla, aprobarla o publicarla
# (mgi_model::readiness). $count (número): cuántos elementos.
readiness-answers-not-started =
    { $count ->
        [one] { $count } respuesta no está empezada
       *[other] { $count } respuestas no están empezadas
    }
readiness-answers-draft =
    { $count ->
        [one] { $count } respuesta es un borrador
       *[other] { $count } respuestas son borradores
    }
readiness-answers-to-verify =
    { $count ->
        [one] { $count } respuesta trasladada del ciclo anterior está por verificar
       *[other] { $count } respuestas trasladadas del ciclo anterior están por verificar
    }
readiness-findings-without-citations =
    { $count ->
        [one] { $count } conclusión no cita ninguna fuente
       *[other] { $count } conclusiones no citan ninguna fuente
    }
readiness-findings-without-indicators =
    { $count ->
        [one] { $count } conclusión no está vinculada a ningún indicador
       *[other] { $count } conclusiones no están vinculadas a ningún indicador
    }
readiness-suggestions-not-reviewed =
    { $count ->
        [one] { $count } conclusión tiene sugerencias de indicadores que nadie ha revisado
       *[other] { $count } conclusiones tienen sugerencias de indicadores que nadie ha revisado
    }
readiness-uncited-sources =
    { $count ->
        [one] { $count } fuente del registro no se cita en ninguna parte
       *[other] { $count } fuentes del registro no se citan en ninguna parte
    }
readiness-figures-without-source =
    { $count ->
        [one] { $count } dato de contexto no tiene fuente del registro
       *[other] { $count } datos de contexto no tienen fuente del registro
    }
readiness-open-comments =
    { $count ->
        [one] { $count } comentario sigue abierto
       *[other] { $count } comentarios siguen abiertos
    }
# $language: el nombre del idioma de la traducción.
readiness-untranslated =
    { $count ->
        [one] { $count } texto no tiene traducción vigente al { $language }
       *[other] { $count } textos no tienen traducción vigente al { $language }
    }
readiness-stale-approval = La aprobación corresponde a un contenido anterior: el punto focal debe aprobar de nuevo el contenido actual
