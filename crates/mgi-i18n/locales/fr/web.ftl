# L’application web autour de ses pages : l’en-tête du site, la connexion, les liens de partage
# et les pages d’erreur.

## En-tête du site

web-nav-label = Navigation principale
web-nav-work = Mon travail
web-nav-sign-in = Se connecter
web-sign-out = Se déconnecter
web-skip-link = Aller au contenu
web-footer-api = API et sa documentation (OpenAPI)
web-footer-source = Code source

## Rôles, tels que l’en-tête nomme la personne connectée

web-role-admin = Administrateur
web-role-analyst = Analyste
web-role-reviewer = Relecteur
web-role-focal-point = Point focal du gouvernement
web-role-commenter = Participant à la consultation

## Connexion

web-sign-in-title = Connexion
web-sign-in-username = Nom d’utilisateur
web-sign-in-password = Mot de passe
web-sign-in-button = Se connecter
web-sign-in-refused = Le nom d’utilisateur est inconnu ou le mot de passe est erroné. Vérifiez les deux et réessayez.
web-sign-in-locked-title = Que faire maintenant
web-sign-in-locked-help = Après cinq échecs de connexion avec un même nom depuis une même adresse, ce nom y est refusé pendant 15 minutes (après trente échecs, tous les noms le sont). Attendez 15 minutes et réessayez. Si vous avez oublié votre mot de passe, demandez à un administrateur de ce site d’en définir un nouveau. Personne ne peut vous bloquer en se connectant ailleurs.
web-sign-in-locked = Trop d’échecs de connexion avec ce nom depuis cet endroit. Voyez ce que vous pouvez faire.

## Liens de partage (consultation sur un projet)

web-share-title = Consultation sur un projet de profil
# $name : le nom du pays ou de la ville ; $year : le cycle, par exemple 2026.
web-share-heading = Consultation sur le projet de profil de { $name } { $year }
web-share-intro = Vous avez été invité à lire ce projet et à le commenter. Veuillez indiquer qui vous êtes ; votre nom s’affiche avec vos commentaires.
web-share-name = Votre nom et votre organisation
web-share-button = Ouvrir le projet

## Pages d’erreur (leurs titres sont les error-* de common.ftl, et ceux-ci)

web-error-summary-title = Il y a un problème
web-error-not-found-text = Cette page n’existe pas.
web-error-back = Retour au portail
web-error-forbidden-text = Votre rôle ne le permet pas à l’étape actuelle de l’évaluation. Rien n’a été modifié.
web-error-csrf-title = Formulaire refusé
web-error-csrf-text = Le formulaire était périmé ou ne provenait pas de ce site. Rien n’a été enregistré. Revenez en arrière, rechargez la page et envoyez-le de nouveau.
web-error-form-title = Veuillez corriger le formulaire
web-error-nothing-saved = Rien n’a été enregistré.
web-error-form-back = Revenir à la page d’où vous venez
web-error-conflict-title = Action non effectuée
web-error-conflict-text = Rien n’a été modifié. Revenez en arrière et rechargez la page.
web-error-server-text = L’erreur a été consignée.

## The design system page (/design)

web-design-title = Système de conception
web-design-intro = Tous les composants des pages, avec un contenu fictif. docs/design.md indique quand utiliser chacun.
web-design-type = Typographie
web-design-heading = Un titre de troisième niveau
web-design-body = Le texte courant, à la taille que l’on lit toute la journée.
web-design-small = Un petit texte atténué pour ce qui compte moins.
web-design-domains = Les domaines et leurs couleurs
web-design-values = Valeurs des réponses
web-design-stages = Étapes
web-design-buttons = Boutons
web-design-button-primary = Enregistrer
web-design-button-secondary = Aperçu
web-design-button-warning = Révoquer
web-design-banners = Bandeaux de notification
web-design-banner-success = Enregistré
web-design-banner-success-text = La réponse a été enregistrée.
web-design-banner-important = À savoir
web-design-banner-important-text = Deux commentaires sont encore ouverts.
web-design-confirmation = Page de confirmation
web-design-confirmation-title = Demande envoyée
web-design-confirmation-text = Conservez sa référence :
web-design-forms = Formulaires
web-design-field = Un champ
web-design-field-hint = Une ligne d’aide sous l’étiquette.
web-design-field-error = Saisissez une valeur
web-design-select = Une liste déroulante
web-design-tables = Tableaux
web-design-column = Indicateur
web-design-row = Un indicateur
web-design-map = Une carte (réponses inventées)

# The banner after a change (feedback::Done).
done-answer-saved = Réponse enregistrée
done-finding-saved = Constat enregistré
done-finding-added = Constat ajouté
done-finding-deleted = Constat supprimé
done-finding-moved = Constat déplacé
done-suggestion-accepted = Indicateur suggéré accepté
done-suggestion-dismissed = Indicateur suggéré écarté
done-source-saved = Source enregistrée
done-sources-merged = Sources fusionnées
done-summary-saved = Résumé enregistré
done-context-saved = Donnée de contexte enregistrée
done-convention-saved = Convention enregistrée
done-consultation-saved = Consultation enregistrée
done-translation-saved = Traduction enregistrée
done-round-note-saved = Note sur l’évolution enregistrée
done-comment-added = Commentaire ajouté
done-comment-updated = Commentaire mis à jour
done-stage-moved = Étape modifiée
done-approved = Projet approuvé
done-published = Profil publié
done-round-started = Nouveau cycle commencé
done-share-revoked = Lien de partage révoqué
done-workbook-imported = Classeur importé
done-token-revoked = Jeton d’API révoqué
done-account-saved = Compte enregistré
# Under an error page: $id, the request's id, which the server's log line carries too.
web-error-reference = Référence de cette requête, à citer si vous la signalez : { $id }
