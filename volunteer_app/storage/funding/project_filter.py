"""The one condition that keeps a query to one project's activities (``a`` the activity,
``:project`` the project's id), shared by Reports, Over the years and the Community section.
The CVC summary never uses it: projects stay with the group."""

from __future__ import annotations

IN_PROJECT = (
    " AND a.id IN (SELECT ap.activity_id FROM activity_project ap"
    " WHERE ap.project_id = :project AND ap.deleted_at IS NULL)"
)


def with_project(template: str, project_id: str | None) -> str:
    """``template``'s ``{project}`` mark replaced: by the condition, or by nothing."""
    return template.replace("{project}", IN_PROJECT if project_id else "")
