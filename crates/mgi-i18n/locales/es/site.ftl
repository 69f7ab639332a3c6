# Las páginas del sitio (acerca de, metodología, datos, privacidad, contacto), su pie de página,
# su canal y su descripción. Los textos por defecto dicen que son los de una demostración: un
# despliegue fija los suyos en [site] de mgi.toml.

site-description = Indicadores de Gobernanza de la Migración: los perfiles validados por los gobiernos, comparados dominio por dominio, nunca clasificados, con datos abiertos.
site-footer-label = Acerca de este sitio
site-feed-title = Indicadores de Gobernanza de la Migración: publicaciones y correcciones
site-feed-link = Canal de publicaciones (Atom)
site-feed-published = { $name } { $year }: perfil publicado
site-feed-corrected = { $name } { $year }: corrección (revisión { $revision })
site-feed-no-note = Esta revisión no lleva nota.

site-about-title = Acerca de los IGM
site-about-description = Qué son los Indicadores de Gobernanza de la Migración, qué no son y cómo participa un gobierno.
site-about-1 = Los Indicadores de Gobernanza de la Migración (IGM) ayudan a un gobierno a hacer balance de sus políticas migratorias. Unos noventa indicadores en seis dominios preguntan qué leyes, estrategias, instituciones y acuerdos existen; las respuestas y las pruebas que las sustentan forman el perfil del país o de la ciudad.
site-about-2 = El ejercicio es voluntario y lo dirige el gobierno. Reúne a los ministerios, se debate con la sociedad civil y otros asociados en una consulta, y el perfil solo se publica cuando el gobierno lo ha validado. Puede repetirse unos años después para ver qué ha cambiado.
site-about-3 = Los IGM no son una clasificación ni dan una puntuación: describen políticas, no sus resultados, e indican las áreas bien desarrolladas y las áreas con potencial de mayor desarrollo. Países y ciudades los leen para aprender unos de otros.
site-about-4 = Esta es una demostración de mgi, una plataforma de código abierto que lleva el proceso de los IGM desde las pruebas hasta la publicación. Los textos de los indicadores son una reconstrucción del proyecto, no la redacción oficial de la OIM; un despliegue sustituye esta página por su propio texto.

site-methodology-title = Metodología
site-methodology-description = Los indicadores por dominio, la escala de respuestas, el proceso desde el inicio hasta la publicación, los objetivos del Pacto Mundial y la lectura indicativa del ODS 10.7.2.
site-method-intro = Esta página se escribe a partir del marco que usa el sitio, de modo que siempre coincide con los indicadores de los perfiles.
site-method-sets = Los indicadores por dominio
site-method-indicators = { $count ->
    [one] un indicador
   *[other] { $count } indicadores
}
site-method-version = versión { $version }
site-method-release = Lo que cambió la versión { $to } desde la versión { $from }
# $kind: moved, split, merged, added, retired; $from, $to: nombres de indicadores.
site-method-change = { $kind ->
    [added] Añadido: { $to }
    [retired] Retirado: { $from }
    [moved] Trasladado: { $from }
    [split] Dividido: { $from } pasó a ser { $to }
   *[merged] Fusionado: { $from } pasó a ser { $to }
}
site-method-scale = La escala de respuestas
site-method-value-present = La política, ley, institución o práctica sobre la que pregunta el indicador existe.
site-method-value-partial = Existe en parte, o solo para algunos grupos o lugares.
site-method-value-absent = No existe.
site-method-value-not-applicable = La pregunta no se aplica a este país o ciudad.
site-method-value-unknown = Las pruebas reunidas no permiten responder.
site-method-process = El proceso
site-method-step-1 = Inicio: el gobierno pide participar y designa un punto focal; los ministerios interesados se reúnen.
site-method-step-2 = Recopilación de datos: los analistas reúnen leyes, estrategias, acuerdos y otras fuentes y responden a cada indicador con sus pruebas.
site-method-step-3 = Borrador del perfil: las respuestas, conclusiones y fuentes se redactan en un borrador que se comparte con el gobierno.
site-method-step-4 = Consulta: ministerios, sociedad civil y otros asociados comentan el borrador y fijan prioridades.
site-method-step-5 = Validación: el gobierno revisa el texto final y lo aprueba.
site-method-step-6 = Publicación: el perfil se publica aquí, como página web, PDF y datos abiertos; las correcciones se publican como nuevas revisiones.
site-method-gcm-title = Pacto Mundial para la Migración
site-method-gcm = Cada indicador se vincula a los objetivos del Pacto Mundial para una Migración Segura, Ordenada y Regular a los que se refiere ({ $count } objetivos). La página del Pacto Mundial cuenta las respuestas por objetivo, en todos los países o ciudades.
site-method-sdg-title = Indicador 10.7.2 de los ODS, lectura indicativa
site-method-sdg-values = Lo que cuenta cada respuesta
site-method-sdg-weight = Valor
site-method-sdg-categories = Las categorías de la lectura
site-method-sdg-category = Categoría
site-method-sdg-from = Se alcanza desde
site-method-sdg-domains = Los dominios del ODS 10.7.2 y los dominios de los IGM que leen
site-method-sdg-domain = Dominio del ODS 10.7.2
site-method-mgi-domain = Dominio de los IGM

site-data-title = Datos y licencia
site-data-description = Descargar los perfiles publicados como datos abiertos, usar la API o seguir las nuevas publicaciones.
site-data-1 = Todo lo que publican los perfiles puede descargarse: cada página del portal ofrece sus filas en CSV y JSON y sus gráficos en SVG, y el paquete de datos abiertos contiene todos los perfiles publicados en tablas descritas. Las celdas llevan códigos estables; el paquete explica cada columna.
site-data-2 = En esta demostración, los datos son la reconstrucción por el proyecto de perfiles IGM publicados y pueden reutilizarse citando la fuente. Un despliegue indica aquí su propia licencia.
site-data-package = Paquete de datos abiertos (ZIP)
site-data-api = Documentación de la API (OpenAPI)
site-data-feed = Canal de publicaciones y correcciones (Atom)

site-privacy-title = Privacidad
site-privacy-description = Lo que este sitio registra sobre sus visitantes y sobre las personas que trabajan en los perfiles.
site-privacy-1 = Leer las páginas públicas no instala ninguna cookie ni requiere cuenta. El servidor puede anotar en sus registros las páginas solicitadas y la hora, para mantener el servicio.
site-privacy-2 = Quienes inician sesión para trabajar en una evaluación reciben una cookie de sesión, que termina al cerrar la sesión. Su nombre se guarda con lo que cambian, en el registro de auditoría de la evaluación, que solo pueden leer el equipo y el gobierno interesado.
site-privacy-3 = Este texto describe la demostración. Un despliegue indica aquí quién es responsable de los datos y cómo contactarlo.

site-contact-title = Contacto
site-contact-description = Cómo contactar con quienes gestionan este sitio.
site-contact-1 = Esta demostración no tiene dirección de contacto.
site-contact-2 = Un despliegue escribe aquí cómo contactar con su equipo, para preguntas sobre un perfil, correcciones o acceso a las páginas de trabajo.
