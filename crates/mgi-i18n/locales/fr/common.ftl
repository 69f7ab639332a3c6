# Messages que toutes les parties de mgi partagent : nom du site, navigation, choix de la langue,
# pages d’erreur, décomptes.

site-title = Indicateurs de gouvernance des migrations

## Navigation du portail public

nav-home = Accueil
nav-explore = Explorer
nav-compare = Comparer
nav-search = Rechercher
# Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM).
nav-gcm = Pacte mondial
# Lectures indicatives de l’indicateur 10.7.2 des objectifs de développement durable.
nav-sdg = ODD 10.7.2
language-switch = Langue

## Pages d’erreur

error-not-found = Page introuvable
error-forbidden = Vous n’avez pas l’autorisation d’effectuer cette action
error-server = Une erreur s’est produite sur le serveur

## Décomptes

# $count (nombre) : combien d’indicateurs. En français, 0 et 1 prennent le singulier.
count-indicators =
    { $count ->
        [one] { $count } indicateur
       *[other] { $count } indicateurs
    }

## Repli

# $original (code de langue : en, fr ou es) : la langue dans laquelle le texte est affiché.
# $code: a language code of mgi.
language-name = { $code ->
        [fr] français
        [es] espagnol
        [ar] arabe
        [ru] russe
        [zh] chinois
        [pt] portugais
        [mn] mongol
       *[en] anglais
    }
# $original: the name of the language the text is shown in (language-name).
translation-missing =
    Texte non encore traduit en français ; affiché en { $original }.

# Le statut d’une priorité de la consultation ($status : planned, in-progress, done, dropped, none).
priority-status = { $status ->
    [planned] prévue
    [in-progress] en cours
    [done] réalisée
    [dropped] abandonnée
   *[none] non suivie dans ce cycle
}
