# La aplicación web alrededor de sus páginas: la cabecera del sitio, el inicio de sesión, los
# enlaces para compartir y las páginas de error.

## Cabecera del sitio

web-nav-label = Navegación principal
web-nav-work = Mi trabajo
web-nav-sign-in = Iniciar sesión
web-sign-out = Cerrar sesión
web-skip-link = Ir al contenido
web-footer-api = API y su documentación (OpenAPI)
web-footer-source = Código fuente

## Funciones, tal como la cabecera nombra a quien ha iniciado sesión

web-role-admin = Administrador
web-role-analyst = Analista
web-role-reviewer = Revisor
web-role-focal-point = Punto focal del gobierno
web-role-commenter = Participante en la consulta

## Inicio de sesión

web-sign-in-title = Iniciar sesión
web-sign-in-username = Nombre de usuario
web-sign-in-password = Contraseña
web-sign-in-button = Entrar
web-sign-in-refused = El nombre de usuario es desconocido o la contraseña es incorrecta. Compruebe ambos e inténtelo de nuevo.
web-sign-in-locked-title = Qué hacer ahora
web-sign-in-locked-help = Tras cinco intentos fallidos con un mismo nombre desde una misma dirección, ese nombre se rechaza desde allí durante 15 minutos (tras treinta, se rechazan todos los nombres). Espere 15 minutos e inténtelo de nuevo. Si ha olvidado su contraseña, pida a un administrador de este sitio que le asigne una nueva. Nadie puede bloquearle iniciando sesión desde otro lugar.
web-sign-in-locked = Demasiados intentos fallidos con este nombre desde aquí. Vea qué puede hacer.

## Enlaces para compartir (consulta sobre un borrador)

web-share-title = Consulta
# $name: el nombre del país o de la ciudad; $year: la ronda, por ejemplo 2026.
web-share-heading = Consulta sobre el proyecto de perfil de { $name } { $year }
web-share-intro = Se le ha invitado a leer este borrador y a comentarlo. Indique quién es; su nombre se muestra con sus comentarios.
web-share-name = Su nombre y su organización
web-share-button = Abrir el borrador

## Páginas de error (sus títulos son los error-* de common.ftl, y estos)

web-error-summary-title = Hay un problema
web-error-not-found-text = Esta página no existe.
web-error-back = Volver al portal
web-error-forbidden-text = Su función no lo permite en la etapa actual de la evaluación. No se ha modificado nada.
web-error-csrf-title = Formulario rechazado
web-error-csrf-text = El formulario estaba caducado o no procedía de este sitio. No se ha guardado nada. Vuelva atrás, recargue la página y envíelo de nuevo.
web-error-form-title = Corrija el formulario
web-error-nothing-saved = No se ha guardado nada.
web-error-form-back = Volver a la página de la que venía
web-error-conflict-title = No se ha realizado
web-error-conflict-text = No se ha modificado nada. Vuelva atrás y recargue la página.
web-error-server-text = El error ha quedado registrado.

## The design system page (/design)

web-design-title = Sistema de diseño
web-design-intro = Todos los componentes de las páginas, con contenido inventado. docs/design.md indica cuándo usar cada uno.
web-design-type = Tipografía
web-design-heading = Un título de tercer nivel
web-design-body = El texto corriente, del tamaño que se lee todo el día.
web-design-small = Texto pequeño y atenuado para lo que importa menos.
web-design-domains = Los dominios y sus colores
web-design-values = Valores de las respuestas
web-design-stages = Etapas
web-design-buttons = Botones
web-design-button-primary = Guardar
web-design-button-secondary = Vista previa
web-design-button-warning = Revocar
web-design-banners = Avisos
web-design-banner-success = Guardado
web-design-banner-success-text = La respuesta se ha guardado.
web-design-banner-important = Importante
web-design-banner-important-text = Dos comentarios siguen abiertos.
web-design-confirmation = Página de confirmación
web-design-confirmation-title = Solicitud enviada
web-design-confirmation-text = Conserve su referencia:
web-design-forms = Formularios
web-design-field = Un campo
web-design-field-hint = Una línea de ayuda bajo la etiqueta.
web-design-field-error = Introduzca un valor
web-design-select = Una lista desplegable
web-design-tables = Tablas
web-design-column = Indicador
web-design-row = Un indicador
web-design-map = Un mapa (respuestas inventadas)

# The banner after a change (feedback::Done).
done-answer-saved = Respuesta guardada
done-finding-saved = Conclusión guardada
done-finding-added = Conclusión añadida
done-finding-deleted = Conclusión eliminada
done-finding-moved = Conclusión desplazada
done-suggestion-accepted = Indicador sugerido aceptado
done-suggestion-dismissed = Indicador sugerido descartado
done-source-saved = Fuente guardada
done-sources-merged = Fuentes fusionadas
done-summary-saved = Resumen guardado
done-context-saved = Dato de contexto guardado
done-convention-saved = Convención guardada
done-consultation-saved = Consulta guardada
done-translation-saved = Traducción guardada
done-round-note-saved = Nota sobre el cambio guardada
done-comment-added = Comentario añadido
done-comment-updated = Comentario actualizado
done-stage-moved = Etapa cambiada
done-approved = Borrador aprobado
done-published = Perfil publicado
done-round-started = Nueva ronda iniciada
done-share-revoked = Enlace compartido revocado
done-workbook-imported = Libro importado
done-token-revoked = Token de API revocado
done-account-saved = Cuenta guardada
# Under an error page: $id, the request's id, which the server's log line carries too.
web-error-reference = Referencia de esta solicitud, para citarla si la notifica: { $id }
