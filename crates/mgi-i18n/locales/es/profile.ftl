# El perfil de una evaluación (mgi-profile): todas las palabras que el perfil escribe por sí
# mismo, en HTML, Markdown y PDF. Los textos de la evaluación (conclusiones, resúmenes, fuentes)
# y del marco (nombres de los dominios, principios) no están aquí. Los años se pasan como texto.

## Título y páginas preliminares

# $year (texto): el año de la ronda. $jurisdiction_name (texto): el país o la localidad.
profile-title = Perfil de los Indicadores de Gobernanza de la Migración { $year } – { $jurisdiction_name }
profile-publisher = Editor:
profile-licence = Licencia:
profile-required-citation = Cita requerida:
profile-default-publisher = implantación de demostración de mgi
profile-default-disclaimer = Este perfil fue generado por mgi a partir de los datos de la evaluación. Las opiniones que recoge son las de la evaluación, validada por el gobierno interesado; no constituyen una clasificación ni miden los resultados de las políticas.
# En lugar del descargo, en un perfil que el gobierno no ha validado (un borrador antes de la
# validación, una corrección): no afirma ninguna validación.
profile-draft-disclaimer = Este borrador fue generado por mgi a partir de los datos de la evaluación. No está publicado: un perfil solo se publica una vez que el gobierno interesado lo ha validado. No constituye una clasificación ni mide los resultados de las políticas.
profile-default-licence = Licencia Creative Commons Atribución 4.0 Internacional (CC BY 4.0)
profile-default-citation = Perfil de los Indicadores de Gobernanza de la Migración { $year } – { $jurisdiction_name }. Generado con mgi.
profile-assessed-against = Evaluado con respecto al conjunto «{ $set }», versión { $version }.
profile-reconstruction-notice = Los textos de los indicadores son una reconstrucción de los Indicadores de Gobernanza de la Migración hecha por el proyecto mgi, no la redacción oficial de la OIM.
profile-contents = Índice
profile-notes = Notas
# $number (número): nombre accesible de una llamada de nota.
profile-note-ref = Nota { $number }
profile-note-back = Volver al texto de la nota { $number }

## Marca de borrador (perfil no publicado)

profile-draft = Borrador
profile-draft-caps = BORRADOR
profile-stage =
    { $stage ->
        [data-collection] recopilación de datos
        [draft-shared] borrador compartido
        [consultation] consulta
        [validated] validado
        [published] publicado
        [correction] corrección
       *[launched] inicio
    }
profile-draft-stage = etapa: { $stage_name }
profile-not-for-publication = No publicar.

## Títulos de las secciones

profile-section-objectives = Objetivos
profile-section-introduction = Introducción
profile-section-framework = Marco conceptual
profile-section-summary = Resumen
profile-section-context = Contexto
profile-section-key-findings = Principales conclusiones
profile-section-after = Después de la evaluación de los IGM
profile-section-annex = Anexo: consulta nacional
profile-section-process = El proceso de los IGM
profile-section-key-sources = Fuentes principales

## Textos fijos

profile-objectives-1 = Los Indicadores de Gobernanza de la Migración ayudan al gobierno que los solicita a hacer balance de sus políticas y estrategias migratorias, a ver qué funciona bien y dónde se puede hacer más.
profile-objectives-2 = Abren un diálogo sobre las prioridades entre el gobierno y otras partes interesadas. El gobierno dirige el proceso, en el plano nacional y en el local, y lo utiliza para mejorar con el tiempo la gestión de la migración.
profile-introduction-1 = Los indicadores son el punto de partida de un proceso consultivo. Ayudan al gobierno a detectar las áreas bien desarrolladas, las áreas con potencial de mayor desarrollo y las prioridades que se ajustan a los retos y las oportunidades de su propio contexto.
profile-introduction-2 = La participación es voluntaria. Los indicadores respetan las especificidades nacionales y no proponen un modelo único para todos los países. No clasifican a los países ni miden los resultados de las políticas o el desempeño de las instituciones: registran qué políticas, leyes, instituciones y prácticas existen.
profile-framework-intro = El Marco de Gobernanza de la Migración (MiGOF) de la OIM establece tres principios y tres objetivos para una migración bien gestionada. Los indicadores agrupan unas noventa preguntas en seis dominios, uno por cada principio y objetivo:
profile-after-1 = Los resultados pueden orientar la labor normativa, con el apoyo de la OIM si el gobierno lo desea.
profile-after-2 = Las conclusiones pueden alimentar actividades de creación de capacidad.
profile-after-3 = Una evaluación de seguimiento unos años más tarde puede mostrar los progresos realizados.
profile-after-4 = Los gobiernos pueden intercambiar buenas prácticas con otros que hayan participado en el proceso.
profile-process-launch = Inicio.
profile-process-launch-text = Se informa a los funcionarios del gobierno de lo que supone la evaluación, para que el proceso cuente con su pleno apoyo.
profile-process-data = Recopilación y análisis de datos.
profile-process-data-text = Los investigadores reúnen información sobre los indicadores y redactan un borrador de perfil, que se comparte con el gobierno.
profile-process-consultation = Consulta interministerial.
profile-process-consultation-text = Los ministerios y otras partes interesadas examinan el borrador: buenas prácticas, carencias y prioridades.
profile-process-publication = Publicación.
profile-process-publication-text = Una vez que el gobierno ha validado el perfil definitivo, este se publica.

## Lo que figura donde faltan datos

profile-no-summary = No se ha redactado ningún resumen para este dominio.
profile-no-context = No se han registrado datos de contexto para esta evaluación.
profile-no-findings = No se ha registrado ninguna conclusión aquí.
profile-no-framework = El marco de esta evaluación no está disponible.
profile-no-consultation = No se ha registrado ninguna consulta para esta evaluación.
profile-no-sources = No se ha registrado ninguna fuente para esta evaluación.

## Contexto

# $group (código: immigrant, emigrant o migrant).
profile-group =
    { $group ->
        [immigrant] Inmigrantes
        [emigrant] Emigrantes
       *[migrant] Migrantes
    }
profile-measure-stock = { $group } (número)
profile-measure-share = { $group }, proporción de la población total
profile-measure-population = Población total
profile-measure-share-change = Variación de la proporción de migrantes en la población
profile-measure-remittances = Remesas personales recibidas, proporción del PIB
profile-measure-men = { $measure }, hombres
profile-measure-women = { $measure }, mujeres
profile-measure-aged = { $measure }, de { $age_group } años
# $value: el número de puntos porcentuales, que también elige el plural.
profile-percentage-points =
    { $value ->
        [one] { $value } punto porcentual
       *[other] { $value } puntos porcentuales
    }
# $number (número): el número de la figura, al que remiten las frases.
profile-figure-sex = Figura { $number }. Inmigrantes y emigrantes por sexo (porcentaje)
profile-figure-age = Figura { $number }. Inmigrantes por grupo de edad (porcentaje)
profile-age-years = { $age_group } años
profile-source-label = Fuente:
profile-per-cent = Porcentaje
profile-no-date = s.f.

## Principales conclusiones

profile-conventions-caption = Firma y ratificación de convenciones internacionales
profile-conventions-name = Convención
profile-conventions-ratified = Ratificación (año)
profile-ratified =
    { $answer ->
        [yes-in] Sí ({ $year })
        [no] No
       *[yes] Sí
    }
profile-well-developed = Ejemplos de áreas bien desarrolladas
profile-potential = Áreas con potencial de mayor desarrollo

## Anexo

profile-held-in = Celebrada en { $place }.
profile-participants =
    { $count ->
        [one] Participó { $count } persona.
       *[other] Participaron { $count } personas.
    }
profile-participants-more-than =
    { $count ->
        [one] Participó más de { $count } persona.
       *[other] Participaron más de { $count } personas.
    }
profile-recommendations = Recomendaciones

## Citas y fuentes principales

profile-last-amended = { $year }, última modificación en { $last }
profile-amended-in = última modificación en { $year }
profile-not-online = No disponible en línea.
profile-translation-note =
    Este perfil se redactó en { $original } y se presenta aquí traducido. { $status ->
        [official] La traducción se validó junto con el perfil.
        [official-pending] La traducción está marcada como oficial y se validará junto con el perfil.
        [reviewed] Un segundo traductor revisó la traducción.
       *[draft] La traducción es un borrador que ningún segundo traductor ha revisado aún.
    }

# A footnote that cites exactly what the note before it cites.
profile-ibid = Ibid.
# The two boxes of the conceptual framework.
profile-mgi-are = Qué son los IGM
profile-mgi-are-1 = Indicadores que señalan las palancas de política con las que un país puede reforzar su gobernanza de la migración
profile-mgi-are-2 = Una forma de reconocer las buenas prácticas y las áreas con potencial de mayor desarrollo
profile-mgi-are-3 = Una consulta que ayuda al gobierno y a sus asociados a acordar qué significa para ellos una migración bien gobernada, a la luz de la meta 10.7 de los ODS y del Pacto Mundial para la Migración
profile-mgi-are-not = Qué no son los IGM
profile-mgi-are-not-1 = Una clasificación de países
profile-mgi-are-not-2 = Una medida de los resultados de las políticas
profile-mgi-are-not-3 = Una prescripción
# A numbered part of a domain's key findings: $number such as 1.2, $title its title.
profile-part = { $number }. { $title }
profile-conventions-heading = Convenciones internacionales ratificadas
# A table's caption: $number (number) in reading order, $caption its title.
profile-table = Cuadro { $number }. { $caption }
profile-tables-and-figures = Cuadros y figuras
# The PDF's subject: $year, $jurisdiction_name.
profile-subject = La gobernanza de la migración de { $jurisdiction_name } en { $year }: áreas bien desarrolladas y áreas con potencial de mayor desarrollo, según los Indicadores de Gobernanza de la Migración
profile-keyword-mgi = Indicadores de Gobernanza de la Migración
profile-keyword-governance = gobernanza de la migración
# The imprint.
profile-research-partner = Con investigación y análisis de
profile-isbn = ISBN
profile-default-address =
    Solo demostración: sin dirección postal.
    La dirección del editor se configura en la tabla [publication] de mgi.toml.
profile-default-copyright = © implantación de demostración de mgi, { "{year}" }
# The cover: the series, and the edition ($year: the round's year).
profile-series = Indicadores de Gobernanza de la Migración
profile-edition = Perfil { $year }

## El contexto en frases

# Un número de personas en millones: $value, los millones (un número, que elige el plural).
profile-millions =
    { $value ->
        [one] { $value } millón
       *[other] { $value } millones
    }
# Véanse los comentarios del catálogo inglés.
profile-context-immigrants =
    { $source ->
        [named] Según las cifras de { $issuer }, en
       *[known] En
    } { $year } vivían en { $name } { $count } inmigrantes{ $detail ->
        [share-population] , es decir, el { $share } de una población de { $population }.
        [share] , es decir, el { $share } de su población.
       *[count] .
    }
profile-context-by-sex =
    { $source ->
        [named] Según las cifras de { $issuer }, de los
       *[known] De los
    } { $group ->
        [immigrant] inmigrantes
       *[emigrant] emigrantes
    } registrados en { $year }, el { $men } eran hombres y el { $women }, mujeres (véase la figura { $figure }).
profile-context-emigrants =
    { $source ->
        [named] Según las cifras de { $issuer }, en
       *[known] En
    } { $year } vivían en el extranjero { $count } emigrantes de { $name }{ $detail ->
        [share] , el equivalente al { $share } de su población.
       *[count] .
    }
profile-context-share-change =
    { $source ->
        [named] Según las cifras de { $issuer }, en
       *[known] En
    } { $year } la proporción de migrantes en la población de { $name } había variado { $value }.
profile-context-remittances =
    { $source ->
        [named] Según las cifras de { $issuer }, las
       *[known] Las
    } remesas personales recibidas en { $name } equivalían al { $value } de su producto interno bruto (PIB) en { $year }.
profile-context-by-age =
    { $source ->
        [named] Según las cifras de { $issuer }, de los
       *[known] De los
    } inmigrantes registrados en { $year }, { $groups } (véase la figura { $figure }).
profile-context-age-group = el { $share } pertenecía al grupo de { $age_group } años
profile-context-and = { $head } y { $last }
profile-context-other = { $measure } en { $year }: { $value }.
