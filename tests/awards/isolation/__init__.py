"""One centre's editor, driving /admin/ over HTTP, can neither reach another centre nor publish.

Centre A's editor is a plain user (no staff flag, never a superuser) in A's
editors' group, exactly what ``awards.provisioning`` sets up. For centre B,
every admin route either refuses (Wagtail redirects to the dashboard with
"no permission") or leaves B's pages, images and documents out of what it
lists, and the database is the same afterwards. On A's own pages the editor
saves drafts and submits them to the "Regional approval" workflow, but no
route publishes: only a regional reviewer's approval does, a rejection leaves
the live page as it was, and every step is in Wagtail's audit log with who
and when. The guards added for this in ``awards.wagtail_hooks`` still let the
reviewers (and A's editor, in A) work.

``two_centres`` builds the network (a reviewer, centres A and B),
``conftest`` serves it to every module here, once per module, and
``admin_helpers`` holds the checks the modules share.
"""
