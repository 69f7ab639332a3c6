## Traducciones de los textos de una evaluación (páginas de trabajo)

work-link-translations = Traducciones al { $language }
work-translations-title = Traducciones al { $language }
work-translations-coverage = { $done } de { $all } textos traducidos ({ $share }).
work-translations-how = Cada texto de la evaluación se muestra tal como se redactó, encima de su traducción. Guarde una traducción cada vez; para eliminar una traducción, deje el texto vacío y guarde. Un borrador aún no ha sido revisado por un segundo traductor; «oficial» significa validada junto con el perfil.
work-translations-text = Traducción
work-translations-status-label = Estado
work-translations-status-expected = borrador, revisada u oficial
work-translations-save = Guardar la traducción
work-translations-outdated = El texto cambió después de esta traducción: revise la traducción y vuelva a guardarla.
work-translations-none = Aún sin traducir.
work-what-translation = esta traducción
work-translations-status = { $status ->
        [reviewed] Revisada
        [official] Oficial
       *[draft] Borrador
    }
work-translations-what = { $kind ->
        [jurisdiction] Nombre del país o la ciudad
        [summary] Resumen del dominio { $key }
        [answer] Respuesta al indicador { $key }
        [finding] Conclusión { $key }
        [footnote] Nota { $n } de la conclusión { $key }
        [source] Título de la fuente { $key }
        [convention] Nombre de la convención ({ $key })
        [event-title] Título de la consulta { $key }
        [event-place] Lugar de la consulta { $key }
        [event-description] Participantes en la consulta { $key }
        [event-key-finding] Conclusión principal { $n } de la consulta { $key }
       *[event-recommendation] Recomendación { $n } de la consulta { $key }
    }
