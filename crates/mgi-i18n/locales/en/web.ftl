# The web application around its pages: the site header, signing in, share links and error
# pages.

## Site header

web-nav-label = Main navigation
web-nav-work = My work
web-nav-sign-in = Sign in
web-sign-out = Sign out
web-skip-link = Skip to the content
web-footer-api = API and its documentation (OpenAPI)
web-footer-source = Source code

## Roles, as the header names who is signed in

web-role-admin = Administrator
web-role-analyst = Analyst
web-role-reviewer = Reviewer
web-role-focal-point = Government focal point
web-role-commenter = Consultation participant

## Signing in

web-sign-in-title = Sign in
web-sign-in-username = User name
web-sign-in-password = Password
web-sign-in-button = Sign in
web-sign-in-refused = The user name is unknown or the password is wrong. Check both and try again.
web-sign-in-locked-title = What to do now
web-sign-in-locked-help = After five failed sign-ins with one name from one address, that name is refused from there for 15 minutes (after thirty failures, every name is). Wait 15 minutes and try again. If you have forgotten your password, ask an administrator of this site to set a new one. Nobody signing in elsewhere can lock you out.
web-sign-in-locked = Too many failed sign-ins with this name from here. See what to do now.

## Share links (consultation on a draft)

web-share-title = Consultation
# $name: the country's or city's name; $year: the round, such as 2026.
web-share-heading = Consultation on the draft profile of { $name } { $year }
web-share-intro = You were invited to read this draft and comment on it. Please say who you are; your name is shown with your comments.
web-share-name = Your name and organisation
web-share-button = Open the draft

## Error pages (their titles are error-* in common.ftl, and these)

web-error-summary-title = There is a problem
web-error-not-found-text = There is no such page.
web-error-back = Back to the portal
web-error-forbidden-text = Your role does not allow this at the assessment's current stage. Nothing was changed.
web-error-csrf-title = Form refused
web-error-csrf-text = The form was out of date or did not come from this site. Nothing was saved. Go back, reload the page and send it again.
web-error-form-title = Please correct the form
web-error-nothing-saved = Nothing was saved.
web-error-form-back = Back to the page you came from
web-error-conflict-title = Not done
web-error-conflict-text = Nothing was changed. Go back and reload the page.
web-error-server-text = The error has been logged.

## The design system page (/design)

web-design-title = Design system
web-design-intro = Every component of the pages, with made-up content. docs/design.md says when to use each.
web-design-type = Type
web-design-heading = A third-level heading
web-design-body = Body text, at the size people read all day.
web-design-small = Small, muted text for what matters less.
web-design-domains = Domains and their colours
web-design-values = Answer values
web-design-stages = Stages
web-design-buttons = Buttons
web-design-button-primary = Save
web-design-button-secondary = Preview
web-design-button-warning = Revoke
web-design-banners = Notification banners
web-design-banner-success = Saved
web-design-banner-success-text = The answer was saved.
web-design-banner-important = Important
web-design-banner-important-text = Two comments are still open.
web-design-confirmation = Confirmation page
web-design-confirmation-title = Application sent
web-design-confirmation-text = Keep its reference:
web-design-forms = Forms
web-design-field = A field
web-design-field-hint = A line of help under the label.
web-design-field-error = Enter a value
web-design-select = A drop-down
web-design-tables = Tables
web-design-column = Indicator
web-design-row = An indicator
web-design-map = A map (made-up answers)

# The banner after a change (feedback::Done).
done-answer-saved = Answer saved
done-finding-saved = Finding saved
done-finding-added = Finding added
done-finding-deleted = Finding deleted
done-finding-moved = Finding moved
done-suggestion-accepted = Suggested indicator accepted
done-suggestion-dismissed = Suggested indicator dismissed
done-source-saved = Source saved
done-sources-merged = Sources merged
done-summary-saved = Summary saved
done-context-saved = Context figure saved
done-convention-saved = Convention saved
done-consultation-saved = Consultation event saved
done-translation-saved = Translation saved
done-round-note-saved = Note on the change saved
done-comment-added = Comment added
done-comment-updated = Comment updated
done-stage-moved = Stage changed
done-approved = Draft approved
done-published = Profile published
done-round-started = New round started
done-share-revoked = Share link revoked
done-workbook-imported = Workbook imported
done-token-revoked = API token revoked
done-account-saved = Account saved
# Under an error page: $id, the request's id, which the server's log line carries too.
web-error-reference = Reference of this request, to quote if you report it: { $id }
