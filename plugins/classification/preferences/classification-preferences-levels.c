/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences → Classification → Level names: per aspect of the chosen scale, the
 * organisation's own name and description of each level. An empty field means the scale's
 * own (translated) text. Saved as you type, half a second after the last key, and at once
 * when the page goes away or the scale changes.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-preferences-private.h"

typedef TryggClassificationLevelEdit LevelEdit;

static void
level_edit_free (LevelEdit *edit)
{
  g_clear_handle_id (&edit->timeout, g_source_remove);
  g_free (edit);
}

/* The organisation's own texts, "" where it has none */
static void
own_texts (TryggDatabase             *db,
           const char                *preset,
           TryggClassificationAspect  aspect,
           int                        level,
           char                     **name,
           char                     **description)
{
  sqlite3_stmt *stmt = trygg_database_prepare_cached (db,
      "SELECT name, description FROM classification_level "
      "WHERE preset = ?1 AND aspect = ?2 AND level = ?3", NULL);

  *name = NULL;
  *description = NULL;
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, preset, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, trygg_classification_aspect_key (aspect), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, level);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          *name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          *description = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        }
      sqlite3_reset (stmt);
    }
  if (*name == NULL)
    *name = g_strdup ("");
  if (*description == NULL)
    *description = g_strdup ("");
}

/* "Negligible · Moderate · …": the names in use, under the aspect's name */
static char *
names_in_use (TryggDatabase                   *db,
              const TryggClassificationPreset *preset,
              TryggClassificationAspect        aspect)
{
  GString *s = g_string_new (NULL);

  for (int level = preset->min_level; level <= preset->max_level; level++)
    {
      g_autofree char *name = trygg_classification_level_name (db, preset->id, aspect, level);
      g_string_append_printf (s, "%s%s%d %s", s->len ? " · " : "", preset->letters[aspect],
                              level, name);
    }
  return g_string_free (s, FALSE);
}

static void
save (LevelEdit *edit)
{
  TryggClassificationPreferences *self = edit->self;
  g_autofree char *name = g_strstrip (g_strdup (
      gtk_editable_get_text (GTK_EDITABLE (edit->name_row))));
  g_autofree char *description = g_strstrip (g_strdup (
      gtk_editable_get_text (GTK_EDITABLE (edit->description_row))));
  g_autofree char *subtitle = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&edit->timeout, g_source_remove);
  if (!trygg_classification_set_level_text (self->db, edit->preset, edit->aspect, edit->level,
                                            name, description, &error))
    {
      trygg_toast_error (GTK_WIDGET (self), error->message);
      return;
    }
  subtitle = names_in_use (self->db, trygg_classification_preset_lookup (edit->preset),
                           edit->aspect);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (edit->expander), subtitle);
}

static gboolean
save_later (gpointer data)
{
  LevelEdit *edit = data;

  edit->timeout = 0;
  save (edit);
  return G_SOURCE_REMOVE;
}

static void
on_changed (GtkEditable *editable,
            LevelEdit   *edit)
{
  g_clear_handle_id (&edit->timeout, g_source_remove);
  edit->timeout = g_timeout_add (500, save_later, edit);
}

/* Saves what is typed but not saved yet. */
void
trygg_classification_preferences_flush_levels (TryggClassificationPreferences *self)
{
  for (guint i = 0; self->level_edits != NULL && i < self->level_edits->len; i++)
    {
      LevelEdit *edit = g_ptr_array_index (self->level_edits, i);
      if (edit->timeout != 0)
        save (edit);
    }
}

static GtkWidget *
entry_row (const char *title,
           const char *text,
           const char *tooltip)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (row, tooltip);
  return row;
}

static GtkWidget *
aspect_row (TryggClassificationPreferences  *self,
            const TryggClassificationPreset *preset,
            TryggClassificationAspect        aspect)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *subtitle = names_in_use (self->db, preset, aspect);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                 trygg_classification_aspect_name (aspect));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  for (int level = preset->min_level; level <= preset->max_level; level++)
    {
      LevelEdit *edit = g_new0 (LevelEdit, 1);
      const char *default_name = g_dpgettext2 (GETTEXT_PACKAGE, "classification level",
                                               preset->level_names[level - preset->min_level]);
      const char *default_description = _(preset->level_descriptions[level - preset->min_level]);
      g_autofree char *name = NULL;
      g_autofree char *description = NULL;
      g_autofree char *name_title = NULL;
      g_autofree char *description_title = NULL;

      own_texts (self->db, preset->id, aspect, level, &name, &description);
      /* Translators: a level ("K3") and the scale's own name of it, used when empty */
      name_title = g_strdup_printf (_("%s%d name, empty for “%s”"), preset->letters[aspect],
                                    level, default_name);
      /* Translators: a level ("K3"); the tooltip shows the scale's own description */
      description_title = g_strdup_printf (_("%s%d description, empty for the scale’s own"),
                                           preset->letters[aspect], level);
      edit->self = self;
      edit->preset = preset->id;
      edit->aspect = aspect;
      edit->level = level;
      edit->expander = expander;
      edit->name_row = entry_row (name_title, name, NULL);
      edit->description_row = entry_row (description_title, description, default_description);
      g_signal_connect (edit->name_row, "changed", G_CALLBACK (on_changed), edit);
      g_signal_connect (edit->description_row, "changed", G_CALLBACK (on_changed), edit);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), edit->name_row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), edit->description_row);
      g_ptr_array_add (self->level_edits, edit);
    }
  return expander;
}

/* (Re)fills the group with the aspects of the organisation's scale. */
void
trygg_classification_preferences_fill_levels (TryggClassificationPreferences *self)
{
  g_autofree char *preset_id = trygg_classification_get_preset (self->db);
  const TryggClassificationPreset *preset = trygg_classification_preset_lookup (preset_id);
  guint n_aspects = trygg_classification_get_traceability (self->db)
    ? TRYGG_CLASSIFICATION_N_ASPECTS : TRYGG_CLASSIFICATION_TRACEABILITY;

  for (guint i = 0; i < self->level_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->levels_group),
                                  g_ptr_array_index (self->level_rows, i));
  g_ptr_array_set_size (self->level_rows, 0);
  g_clear_pointer (&self->level_edits, g_ptr_array_unref);
  self->level_edits = g_ptr_array_new_with_free_func ((GDestroyNotify) level_edit_free);
  if (preset == NULL)
    return;
  for (guint a = 0; a < n_aspects; a++)
    {
      GtkWidget *row = aspect_row (self, preset, a);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->levels_group), row);
      g_ptr_array_add (self->level_rows, row);
    }
}

GtkWidget *
trygg_classification_preferences_levels_group (TryggClassificationPreferences *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Level Names"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
      _("Your organisation’s names and descriptions of the levels of the scale. Leave a "
        "field empty to use the scale’s own."));
  self->levels_group = group;
  trygg_classification_preferences_fill_levels (self);
  return group;
}
