# Les pages du site (à propos, méthodologie, données, confidentialité, contact), son pied de
# page, son flux et sa description. Les textes par défaut disent qu’ils sont ceux d’une
# démonstration : un déploiement fixe les siens sous [site] dans mgi.toml.

site-description = Indicateurs de gouvernance des migrations : les profils validés par les gouvernements, comparés domaine par domaine, jamais classés, avec leurs données ouvertes.
site-footer-label = À propos de ce site
site-feed-title = Indicateurs de gouvernance des migrations : publications et corrections
site-feed-link = Flux des publications (Atom)
site-feed-published = { $name } { $year } : profil publié
site-feed-corrected = { $name } { $year } : correction (révision { $revision })
site-feed-no-note = Aucune note n’accompagne cette révision.

site-about-title = À propos des IGM
site-about-description = Ce que sont les Indicateurs de gouvernance des migrations, ce qu’ils ne sont pas, et comment un gouvernement y participe.
site-about-1 = Les Indicateurs de gouvernance des migrations (IGM) aident un gouvernement à faire le point sur ses politiques migratoires. Environ quatre-vingt-dix indicateurs répartis en six domaines demandent quels lois, stratégies, institutions et accords existent ; les réponses et les éléments qui les fondent forment le profil du pays ou de la ville.
site-about-2 = L’exercice est volontaire et conduit par le gouvernement. Il réunit les ministères, il est discuté avec la société civile et d’autres partenaires lors d’une consultation, et le profil n’est publié qu’une fois validé par le gouvernement. Il peut être répété quelques années plus tard pour voir ce qui a changé.
site-about-3 = Les IGM ne sont pas un classement et ne donnent aucune note : ils décrivent des politiques, non leurs résultats, et indiquent où elles sont bien développées et où elles pourraient l’être davantage. Pays et villes les lisent pour apprendre les uns des autres.
site-about-4 = Ceci est une démonstration de mgi, une plateforme libre qui conduit le processus des IGM de la collecte des éléments à la publication. Les textes des indicateurs sont une reconstruction du projet, non la formulation officielle de l’OIM ; un déploiement remplace cette page par son propre texte.

site-methodology-title = Méthodologie
site-methodology-description = Les indicateurs par domaine, l’échelle des réponses, le processus du lancement à la publication, les objectifs du Pacte mondial et la lecture indicative de l’ODD 10.7.2.
site-method-intro = Cette page est écrite à partir du cadre qu’utilise le site : elle correspond donc toujours aux indicateurs des profils.
site-method-sets = Les indicateurs par domaine
site-method-indicators = { $count ->
    [one] un indicateur
   *[other] { $count } indicateurs
}
site-method-version = version { $version }
site-method-release = Ce que la version { $to } a changé depuis la version { $from }
# $kind : moved, split, merged, added, retired ; $from, $to : des noms d’indicateurs.
site-method-change = { $kind ->
    [added] Ajouté : { $to }
    [retired] Retiré : { $from }
    [moved] Déplacé : { $from }
    [split] Scindé : { $from } est devenu { $to }
   *[merged] Fusionné : { $from } est devenu { $to }
}
site-method-scale = L’échelle des réponses
site-method-value-present = La politique, la loi, l’institution ou la pratique sur laquelle porte l’indicateur existe.
site-method-value-partial = Elle existe en partie, ou seulement pour certains groupes ou certains lieux.
site-method-value-absent = Elle n’existe pas.
site-method-value-not-applicable = La question ne s’applique pas à ce pays ou à cette ville.
site-method-value-unknown = Les éléments réunis ne permettent pas de répondre.
site-method-process = Le processus
site-method-step-1 = Lancement : le gouvernement demande à participer et désigne un point focal ; les ministères concernés se réunissent.
site-method-step-2 = Collecte des données : les analystes réunissent lois, stratégies, accords et autres sources et répondent à chaque indicateur, éléments à l’appui.
site-method-step-3 = Projet de profil : les réponses, constats et sources sont rédigés en un projet communiqué au gouvernement.
site-method-step-4 = Consultation : ministères, société civile et autres partenaires commentent le projet et fixent des priorités.
site-method-step-5 = Validation : le gouvernement relit le texte final et l’approuve.
site-method-step-6 = Publication : le profil est publié ici, en page web, en PDF et en données ouvertes ; les corrections sont publiées comme nouvelles révisions.
site-method-gcm-title = Pacte mondial sur les migrations
site-method-gcm = Chaque indicateur est rattaché aux objectifs du Pacte mondial pour des migrations sûres, ordonnées et régulières qu’il concerne ({ $count } objectifs). La page du Pacte mondial compte les réponses par objectif, sur tous les pays ou toutes les villes.
site-method-sdg-title = Indicateur 10.7.2 des ODD, lecture indicative
site-method-sdg-values = Ce que compte chaque réponse
site-method-sdg-weight = Valeur
site-method-sdg-categories = Les catégories de la lecture
site-method-sdg-category = Catégorie
site-method-sdg-from = Atteinte à partir de
site-method-sdg-domains = Les domaines de l’ODD 10.7.2 et les domaines des IGM qu’ils lisent
site-method-sdg-domain = Domaine de l’ODD 10.7.2
site-method-mgi-domain = Domaine des IGM

site-data-title = Données et licence
site-data-description = Télécharger les profils publiés en données ouvertes, utiliser l’API ou suivre les nouvelles publications.
site-data-1 = Tout ce que publient les profils peut être téléchargé : chaque page du portail propose ses lignes en CSV et en JSON et ses graphiques en SVG, et le paquet de données ouvertes contient tous les profils publiés sous forme de tableaux décrits. Les cellules portent des codes stables ; le paquet explique chaque colonne.
site-data-2 = Dans cette démonstration, les données sont la reconstruction par le projet de profils IGM publiés et peuvent être réutilisées en citant la source. Un déploiement indique ici sa propre licence.
site-data-package = Paquet de données ouvertes (ZIP)
site-data-api = Documentation de l’API (OpenAPI)
site-data-feed = Flux des publications et corrections (Atom)

site-privacy-title = Confidentialité
site-privacy-description = Ce que ce site enregistre sur ses visiteurs et sur les personnes qui travaillent aux profils.
site-privacy-1 = Lire les pages publiques ne dépose aucun cookie et ne demande aucun compte. Le serveur peut noter dans ses journaux les pages demandées et l’heure, pour assurer le service.
site-privacy-2 = Les personnes qui se connectent pour travailler sur une évaluation reçoivent un cookie de session, qui prend fin à la déconnexion. Leur nom est conservé avec ce qu’elles modifient, dans le journal d’audit de l’évaluation, que seuls l’équipe et le gouvernement concerné peuvent lire.
site-privacy-3 = Ce texte décrit la démonstration. Un déploiement indique ici qui est responsable des données et comment le joindre.

site-contact-title = Contact
site-contact-description = Comment joindre les personnes qui gèrent ce site.
site-contact-1 = Cette démonstration n’a pas d’adresse de contact.
site-contact-2 = Un déploiement écrit ici comment joindre son équipe, pour une question sur un profil, une correction ou l’accès aux pages de travail.
