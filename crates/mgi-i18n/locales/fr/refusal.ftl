# Pourquoi une modification n’a pas été faite : les refus du processus, un changement d’étape
# qu’il n’autorise pas, un enregistrement ou une approbation fondés sur ce que quelqu’un d’autre a
# modifié entre-temps. Le site les affiche sur la page « Action non effectuée », la ligne de
# commande après « erreur : ». Les étapes sont nommées (work-stage) ; $jurisdiction est un code
# (MNG, GHA-accra) et $year un cycle, tels qu’écrits.

# $jurisdiction, $year : l’évaluation ; $stage : le nom de son étape.
refusal-approval-not-now = L’évaluation { $jurisdiction } { $year } est à l’étape « { $stage } » : l’approbation n’a lieu qu’en consultation, après validation ou en correction.
refusal-correction-without-note = Une correction se publie avec une note publique qui indique ce qui a changé.
# $jurisdiction, $year : l’évaluation.
refusal-not-approved = Le contenu actuel de l’évaluation { $jurisdiction } { $year } n’est pas approuvé : le point focal doit l’approuver (de nouveau) avant la publication.
# $jurisdiction, $year : l’évaluation ; $gaps : ce qui bloque la publication, séparé par des points-virgules.
refusal-not-ready = L’évaluation { $jurisdiction } { $year } n’est pas prête à être publiée : { $gaps }. Corrigez d’abord ces points, ou publiez quand même en donnant une raison écrite (une dérogation).
# $jurisdiction, $year : l’évaluation ; $stage : le nom de son étape.
refusal-round-closed = L’évaluation { $jurisdiction } { $year } est à l’étape « { $stage } » : un classeur ne peut remplir qu’un cycle en préparation.
# $from, $to : les noms des deux étapes ; $allowed : les noms des étapes possibles, séparés par
# des virgules.
refusal-transition = Une évaluation ne peut pas passer de l’étape « { $from } » à l’étape « { $to } » ; depuis « { $from } », elle peut passer à : { $allowed }.
refusal-content-changed = L’évaluation a changé depuis que vous l’avez lue : relisez-la, puis recommencez.
# $expected (nombre) : la version sur laquelle portait l’enregistrement ; $current (nombre) : celle
# qui est enregistrée.
refusal-conflict = Quelqu’un d’autre a enregistré cet élément entre-temps (vous modifiiez la version { $expected }, il en est à la version { $current }) ; rien n’a été enregistré.
# $what : l’élément, tel que la base le nomme (en anglais, avec sa clé).
refusal-already-exists = Cet élément existe déjà ({ $what }) ; rien n’a été remplacé.
refusal-not-found = Introuvable : { $what }.
# $jurisdiction, $year : l’évaluation ; $stage : le nom de son étape.
refusal-share-not-now = L’évaluation { $jurisdiction } { $year } est à l’étape « { $stage } » : les liens pour les participants à la consultation ne se créent que pendant que le projet est communiqué (étapes « projet communiqué » et « consultation »).
# $max (nombre) : le plus de participants qu’un lien admet.
refusal-link-full = Ce lien a déjà admis ses { $max } participants : demandez un nouveau lien à la personne qui vous l’a envoyé.
# $jurisdiction, $year : l’évaluation ; $stage : le nom de son étape.
refusal-edit-not-now = L’évaluation { $jurisdiction } { $year } est à l’étape « { $stage } » : son contenu ne peut pas être modifié à cette étape (une évaluation publiée se modifie en ouvrant une correction).
