/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggClassificationRequirements: the security requirements an information asset's current
 * profile calls for, grouped by requirement area. Each requirement shows its code, title and
 * "shall" wording (the "as-is" wording in an expander), a status, a comment saved as you
 * type, and — when it is not met or only partly met — a button that makes the gap an action
 * in core's tracker; once made, the action's title and state are shown instead.
 *
 * The catalogue has some tens of requirements, so the rows are plain widgets in one
 * AdwPreferencesGroup per area. A change in the database updates the rows in place, so that
 * the comment being typed keeps its focus; a different set of requirements rebuilds them.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-followup.h"
#include "classification-requirement-row.h"
#include "classification-requirements.h"

typedef TryggClassificationRequirementRow Row;

/* The statuses in the order of the summary; NULL is "not assessed" */
static const char *summary_keys[] = { "met", "partly_met", "not_met", "not_applicable", NULL };

struct _TryggClassificationRequirements
{
  AdwBin         parent_instance;

  TryggDatabase *db;
  gint64         asset_id;
  GtkWidget     *summary;
  GtkWidget     *stack;
  GtkWidget     *groups;
  GtkWidget     *unclassified_page;
  GtkWidget     *none_page;
  GtkWidget     *error_page;
  GPtrArray     *rows;
  gulong         changed_id;
  guint          idle_id;
  gboolean       catalogue_ready;
};

G_DEFINE_FINAL_TYPE (TryggClassificationRequirements, trygg_classification_requirements,
                     ADW_TYPE_BIN)

/* Imports the bundled catalogue when the database has no requirements at all, so that a
 * catalogue the organisation edited or replaced is never touched. */
gboolean
trygg_classification_ensure_catalogue (TryggDatabase  *db,
                                       GError        **error)
{
  if (trygg_database_count_rows (db, "classification_requirement") > 0)
    return TRUE;
  return trygg_classification_import_bundled (db, error);
}

static void
flush (TryggClassificationRequirements *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    trygg_classification_requirement_row_flush (g_ptr_array_index (self->rows, i));
}

static void
clear_rows (TryggClassificationRequirements *self)
{
  GtkWidget *child;

  flush (self);
  g_ptr_array_set_size (self->rows, 0);
  while ((child = gtk_widget_get_first_child (self->groups)) != NULL)
    gtk_box_remove (GTK_BOX (self->groups), child);
}

static gboolean
same_requirements (TryggClassificationRequirements *self,
                   GPtrArray                       *reqs)
{
  if (reqs->len != self->rows->len)
    return FALSE;
  for (guint i = 0; i < reqs->len; i++)
    if (((TryggClassificationRequirement *) g_ptr_array_index (reqs, i))->id !=
        trygg_classification_requirement_row_get_requirement_id (
            g_ptr_array_index (self->rows, i)))
      return FALSE;
  return TRUE;
}

static void
build_rows (TryggClassificationRequirements *self,
            GPtrArray                       *reqs)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);

  clear_rows (self);
  for (guint i = 0; i < reqs->len; i++)
    {
      TryggClassificationRequirement *req = g_ptr_array_index (reqs, i);
      GtkWidget *group = g_hash_table_lookup (groups, req->area);
      Row *r = trygg_classification_requirement_row_new (self->db, self->asset_id, req);

      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                           trygg_classification_requirement_area_name (req->area));
          gtk_box_append (GTK_BOX (self->groups), group);
          g_hash_table_insert (groups, req->area, group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), 
                                 trygg_classification_requirement_row_get_widget (r));
      g_ptr_array_add (self->rows, r);
    }
}

/* "9 met", "3 not assessed" … */
static char *
count_text (const char *status,
            guint       n)
{
  const char *format;

  if (g_strcmp0 (status, "met") == 0)
    format = g_dngettext (GETTEXT_PACKAGE, "%u met", "%u met", n);
  else if (g_strcmp0 (status, "partly_met") == 0)
    format = g_dngettext (GETTEXT_PACKAGE, "%u partly met", "%u partly met", n);
  else if (g_strcmp0 (status, "not_met") == 0)
    format = g_dngettext (GETTEXT_PACKAGE, "%u not met", "%u not met", n);
  else if (g_strcmp0 (status, "not_applicable") == 0)
    format = g_dngettext (GETTEXT_PACKAGE, "%u not applicable", "%u not applicable", n);
  else
    format = g_dngettext (GETTEXT_PACKAGE, "%u not assessed", "%u not assessed", n);
  return g_strdup_printf (format, n);
}

/* "14 requirements: 9 met, 2 not met, 3 not assessed" */
static void
update_summary (TryggClassificationRequirements *self)
{
  g_autoptr(GString) parts = g_string_new (NULL);
  g_autofree char *total = NULL;
  g_autofree char *text = NULL;
  guint n = self->rows->len;

  for (guint k = 0; k < G_N_ELEMENTS (summary_keys); k++)
    {
      g_autofree char *part = NULL;
      guint count = 0;

      for (guint i = 0; i < n; i++)
        if (g_strcmp0 (trygg_classification_requirement_row_get_status (
                           g_ptr_array_index (self->rows, i)), summary_keys[k]) == 0)
          count++;
      if (count == 0)
        continue;
      part = count_text (summary_keys[k], count);
      if (parts->len > 0)
        g_string_append (parts, ", ");
      g_string_append (parts, part);
    }
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement", "%u requirements", n),
                           n);
  /* Translators: the summary of the requirements: "14 requirements", then the counts by
   * status, e.g. "14 requirements: 9 met, 2 not met, 3 not assessed" */
  text = g_strdup_printf (_("%s: %s"), total, parts->str);
  gtk_label_set_text (GTK_LABEL (self->summary), text);
}

static void
show_state (TryggClassificationRequirements *self,
            GtkWidget                       *page)
{
  clear_rows (self);
  gtk_stack_set_visible_child (GTK_STACK (self->stack), page);
  gtk_widget_set_visible (self->summary, FALSE);
}

static void
refresh (TryggClassificationRequirements *self)
{
  TryggClassificationProfile profile = { 0 };
  g_autoptr(GPtrArray) reqs = NULL;
  g_autoptr(GHashTable) fulfilment = NULL;
  g_autoptr(GError) error = NULL;

  if (!self->catalogue_ready &&
      !(self->catalogue_ready = trygg_classification_ensure_catalogue (self->db, &error)))
    goto failed;
  if (self->asset_id == 0)
    {
      show_state (self, self->unclassified_page);
      return;
    }
  if (!trygg_classification_current_profile (self->db, self->asset_id, &profile, &error))
    goto failed;
  if (profile.version == 0)
    {
      show_state (self, self->unclassified_page);
      return;
    }
  if ((reqs = trygg_classification_required (self->db, &profile, &error)) == NULL ||
      (fulfilment = trygg_classification_list_fulfilment (self->db, self->asset_id,
                                                          &error)) == NULL)
    goto failed;
  if (reqs->len == 0)
    {
      show_state (self, self->none_page);
      return;
    }

  if (!same_requirements (self, reqs))
    build_rows (self, reqs);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = g_ptr_array_index (self->rows, i);
      gint64 id = trygg_classification_requirement_row_get_requirement_id (r);

      trygg_classification_requirement_row_load (r, g_hash_table_lookup (fulfilment, &id));
    }
  update_summary (self);
  gtk_widget_set_visible (self->summary, TRUE);
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->groups);
  return;

failed:
  adw_status_page_set_description (ADW_STATUS_PAGE (self->error_page), error->message);
  show_state (self, self->error_page);
}

static gboolean
refresh_idle (gpointer data)
{
  TryggClassificationRequirements *self = data;

  self->idle_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (TryggDatabase                   *db,
                     const char                      *table,
                     TryggClassificationRequirements *self)
{
  if ((g_str_has_prefix (table, "classification") || g_str_equal (table, "action")) &&
      self->idle_id == 0)
    self->idle_id = g_idle_add (refresh_idle, self);
}

/* Shows the requirements of another asset (0 for none); a comment being typed is saved. */
void
trygg_classification_requirements_set_asset (TryggClassificationRequirements *self,
                                             gint64                           asset_id)
{
  g_return_if_fail (TRYGG_IS_CLASSIFICATION_REQUIREMENTS (self));

  clear_rows (self);
  self->asset_id = asset_id;
  refresh (self);
}

static void
trygg_classification_requirements_dispose (GObject *object)
{
  TryggClassificationRequirements *self = TRYGG_CLASSIFICATION_REQUIREMENTS (object);

  if (self->rows != NULL)
    flush (self);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_classification_requirements_parent_class)->dispose (object);
}

static void
trygg_classification_requirements_class_init (TryggClassificationRequirementsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_classification_requirements_dispose;
}

static GtkWidget *
make_status_page (const char *icon_name,
                  const char *title,
                  const char *description)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_add_css_class (page, "compact");
  return page;
}

static void
trygg_classification_requirements_init (TryggClassificationRequirements *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (_("Security requirements"));

  self->rows = g_ptr_array_new_with_free_func (
      (GDestroyNotify) trygg_classification_requirement_row_free);
  self->summary = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_widget_add_css_class (self->summary, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-4");
  self->stack = gtk_stack_new ();
  gtk_stack_set_vhomogeneous (GTK_STACK (self->stack), FALSE);
  self->groups = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  self->unclassified_page =
    make_status_page ("security-medium-symbolic", _("Not Classified Yet"),
                      _("Classify this information asset: its levels decide which security "
                        "requirements it must meet."));
  self->none_page =
    make_status_page ("emblem-ok-symbolic", _("No Requirements at These Levels"),
                      _("The requirement catalogue asks nothing of information at these "
                        "levels."));
  self->error_page =
    make_status_page ("dialog-error-symbolic", _("The Requirements Could Not Be Shown"), NULL);
  gtk_widget_set_name (self->summary, "summary");
  gtk_widget_set_name (self->groups, "requirements");
  gtk_widget_set_name (self->unclassified_page, "not-classified");
  gtk_widget_set_name (self->none_page, "no-requirements");
  gtk_widget_set_name (self->error_page, "error");
  gtk_stack_add_child (GTK_STACK (self->stack), self->groups);
  gtk_stack_add_child (GTK_STACK (self->stack), self->unclassified_page);
  gtk_stack_add_child (GTK_STACK (self->stack), self->none_page);
  gtk_stack_add_child (GTK_STACK (self->stack), self->error_page);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), self->summary);
  gtk_box_append (GTK_BOX (box), self->stack);
  adw_bin_set_child (ADW_BIN (self), box);
}

/* Returns: (transfer floating): the panel; the bundled catalogue is imported into a database
 * that has no requirements yet. */
GtkWidget *
trygg_classification_requirements_new (TryggDatabase *db)
{
  TryggClassificationRequirements *self =
    g_object_new (TRYGG_TYPE_CLASSIFICATION_REQUIREMENTS, NULL);

  self->db = g_object_ref (db);
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_database_changed), self);
  refresh (self);
  return GTK_WIDGET (self);
}
