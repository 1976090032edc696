/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskMatrixEditor: the "Matrix" view of an analysis. Its size (3–6 levels per axis):
 * changing it when risks are on the matrix opens TryggRiskResizeDialog, which asks how they
 * move and never loses one. The name and description of every level of both axes, saved as
 * you type (an empty name is refused in words). And the bands with their acceptance rules
 * (TryggRiskBandEditor). Changes made elsewhere (an Undo, another window) are shown at once,
 * except while the user is editing here.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-band-editor.h"
#include "risk-matrix-editor.h"
#include "risk-resize-dialog.h"

#define SAVE_DELAY_MS 500

struct _TryggRiskMatrixEditor
{
  GtkWidget      parent_instance;

  GtkWidget     *scroller;
  GtkWidget     *size_group;
  GtkWidget     *probability_spin;
  GtkWidget     *consequence_spin;
  GtkWidget     *apply_button;
  GtkWidget     *axis_groups[2];
  GPtrArray     *level_rows;   /* AdwExpanderRow, with "name"/"description" entry rows */
  TryggRiskBandEditor *bands;

  TryggDatabase *db;
  gint64         analysis_id;
  int            sizes[2];
  gulong         changed_id;
  guint          save_source;
  guint          reload_source;
  gboolean       loading;
  gboolean       writing;
};

G_DEFINE_FINAL_TYPE (TryggRiskMatrixEditor, trygg_risk_matrix_editor, GTK_TYPE_WIDGET)

static const char * const axes[] = { "probability", "consequence" };

static void reload (TryggRiskMatrixEditor *self);

/* Levels */

static void
update_level_title (GtkWidget *expander)
{
  AdwEntryRow *name = g_object_get_data (G_OBJECT (expander), "name");
  AdwEntryRow *description = g_object_get_data (G_OBJECT (expander), "description");
  int level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (expander), "level"));
  /* Translators: a level of the matrix and its name, e.g. "3 · High" */
  g_autofree char *title = g_strdup_printf (_("%d · %s"), level,
                                            gtk_editable_get_text (GTK_EDITABLE (name)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                 gtk_editable_get_text (GTK_EDITABLE (description)));
}

static gboolean
save_levels (TryggRiskMatrixEditor *self)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < self->level_rows->len; i++)
    {
      GtkWidget *expander = g_ptr_array_index (self->level_rows, i);
      GtkWidget *name = g_object_get_data (G_OBJECT (expander), "name");
      GtkWidget *description = g_object_get_data (G_OBJECT (expander), "description");
      g_autoptr(GError) error = NULL;

      if (!GPOINTER_TO_INT (g_object_get_data (G_OBJECT (expander), "dirty")))
        continue;
      self->writing = TRUE;
      if (trygg_risk_level_set (self->db, self->analysis_id,
                                g_object_get_data (G_OBJECT (expander), "axis"),
                                GPOINTER_TO_INT (g_object_get_data (G_OBJECT (expander),
                                                                    "level")),
                                gtk_editable_get_text (GTK_EDITABLE (name)),
                                gtk_editable_get_text (GTK_EDITABLE (description)), &error))
        {
          g_object_set_data (G_OBJECT (expander), "dirty", NULL);
          gtk_widget_remove_css_class (name, "error");
        }
      else
        {
          gtk_widget_add_css_class (name, "error");
          trygg_toast_error (GTK_WIDGET (self), error->message);
          ok = FALSE;
        }
      self->writing = FALSE;
    }
  return ok;
}

static gboolean
save_timeout (gpointer data)
{
  TryggRiskMatrixEditor *self = data;

  self->save_source = 0;
  save_levels (self);
  return G_SOURCE_REMOVE;
}

/* Saves pending edits of level texts and bands now. */
gboolean
trygg_risk_matrix_editor_flush (TryggRiskMatrixEditor *self)
{
  gboolean ok = TRUE;

  if (self->save_source != 0)
    {
      g_clear_handle_id (&self->save_source, g_source_remove);
      ok = save_levels (self);
    }
  return trygg_risk_band_editor_flush (self->bands) && ok;
}

static void
on_level_changed (GtkWidget             *entry,
                  TryggRiskMatrixEditor *self)
{
  GtkWidget *expander = g_object_get_data (G_OBJECT (entry), "expander");

  if (self->loading)
    return;
  update_level_title (expander);
  if (*gtk_editable_get_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (expander), "name")))
      != '\0')
    gtk_widget_remove_css_class (g_object_get_data (G_OBJECT (expander), "name"), "error");
  g_object_set_data (G_OBJECT (expander), "dirty", GINT_TO_POINTER (TRUE));
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout, self);
}

static GtkWidget *
make_level_row (TryggRiskMatrixEditor *self,
                const char            *axis,
                const TryggRiskLevel  *level)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *description = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), level->name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (description),
                                 g_str_equal (axis, "probability")
                                 ? _("Description (how often)") : _("Description"));
  gtk_editable_set_text (GTK_EDITABLE (description), level->description);
  g_object_set_data (G_OBJECT (expander), "name", name);
  g_object_set_data (G_OBJECT (expander), "description", description);
  g_object_set_data (G_OBJECT (expander), "axis", (gpointer) axis);
  g_object_set_data (G_OBJECT (expander), "level", GINT_TO_POINTER (level->level));
  g_object_set_data (G_OBJECT (name), "expander", expander);
  g_object_set_data (G_OBJECT (description), "expander", expander);
  g_signal_connect (name, "changed", G_CALLBACK (on_level_changed), self);
  g_signal_connect (description, "changed", G_CALLBACK (on_level_changed), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), description);
  update_level_title (expander);
  return expander;
}

/* Size */

static void
on_size_changed (TryggRiskMatrixEditor *self)
{
  int p = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->probability_spin));
  int c = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->consequence_spin));

  gtk_widget_set_sensitive (self->apply_button, p != self->sizes[0] || c != self->sizes[1]);
}

static void
on_resized (TryggRiskResizeDialog *dialog,
            int                    moved,
            TryggRiskMatrixEditor *self)
{
  g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "The matrix changed size; %d risk "
                                                           "moved.",
                                                           "The matrix changed size; %d risks "
                                                           "moved.", moved), moved);

  trygg_toast_add (GTK_WIDGET (self), adw_toast_new (message));
  reload (self);
}

static void
on_resize_failed (TryggRiskResizeDialog *dialog,
                  const char            *message,
                  TryggRiskMatrixEditor *self)
{
  trygg_toast_error (GTK_WIDGET (self), message);
  reload (self);
}

/**
 * trygg_risk_matrix_editor_resize:
 *
 * Changes the matrix to the given size: at once when no risk is on it, else through the
 * dialog that asks how the risks move.
 *
 * Returns: (transfer none) (nullable): the dialog when one was opened
 */
GtkWidget *
trygg_risk_matrix_editor_resize (TryggRiskMatrixEditor *self,
                                 int                    probability_levels,
                                 int                    consequence_levels)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  int n = 0;

  if (!trygg_risk_matrix_editor_flush (self))
    return NULL;
  trygg_risk_count_moves (self->db, self->analysis_id, probability_levels, consequence_levels,
                          TRYGG_RISK_MAP_CLAMP, &n);
  if (n == 0)
    {
      if (!trygg_risk_resize_matrix (self->db, self->analysis_id, probability_levels,
                                     consequence_levels, TRYGG_RISK_MAP_PROPORTIONAL, NULL,
                                     &error))
        trygg_toast_error (GTK_WIDGET (self), error->message);
      reload (self);
      return NULL;
    }
  dialog = trygg_risk_resize_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         self->db, self->analysis_id, probability_levels,
                                         consequence_levels);
  g_signal_connect_object (dialog, "resized", G_CALLBACK (on_resized), self, 0);
  g_signal_connect_object (dialog, "failed", G_CALLBACK (on_resize_failed), self, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_apply_size (TryggRiskMatrixEditor *self)
{
  trygg_risk_matrix_editor_resize (self,
      gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->probability_spin)),
      gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->consequence_spin)));
}

/* Everything as stored */

static void
reload (TryggRiskMatrixEditor *self)
{
  g_autoptr(TryggRiskMatrix) matrix = NULL;
  const TryggRiskPreset *preset;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->save_source, g_source_remove);
  for (guint i = 0; i < self->level_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->level_rows, i);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (
          row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->level_rows, 0);
  if (self->analysis_id == 0 ||
      (matrix = trygg_risk_matrix_load (self->db, self->analysis_id, NULL)) == NULL)
    return;

  self->loading = TRUE;
  self->sizes[0] = matrix->probability_levels;
  self->sizes[1] = matrix->consequence_levels;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->probability_spin), self->sizes[0]);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->consequence_spin), self->sizes[1]);
  preset = trygg_risk_preset_lookup (matrix->preset);
  if (preset != NULL)
    {
      /* Translators: %s is the name of a matrix preset, e.g. "5 × 5" */
      g_autofree char *text = g_strdup_printf (_("Made from the preset “%s”; everything here "
                                                 "belongs to this analysis only."),
                                               _(preset->name));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->size_group), text);
    }
  for (guint a = 0; a < G_N_ELEMENTS (axes); a++)
    {
      g_autoptr(GPtrArray) levels = trygg_risk_levels_list (self->db, self->analysis_id,
                                                            axes[a], NULL);

      for (guint i = 0; levels != NULL && i < levels->len; i++)
        {
          GtkWidget *row = make_level_row (self, axes[a], g_ptr_array_index (levels, i));

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->axis_groups[a]), row);
          g_ptr_array_add (self->level_rows, row);
        }
    }
  self->loading = FALSE;
  on_size_changed (self);
  trygg_risk_band_editor_reload (self->bands);
}

static gboolean
reload_idle (gpointer data)
{
  TryggRiskMatrixEditor *self = data;

  self->reload_source = 0;
  if (self->save_source == 0)
    reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (TryggDatabase         *db,
                     const char            *table,
                     TryggRiskMatrixEditor *self)
{
  if (self->writing || trygg_risk_band_editor_is_writing (self->bands))
    return;
  if ((g_str_equal (table, "risk_matrix") || g_str_equal (table, "risk_level") ||
       g_str_equal (table, "risk_band")) && self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

void
trygg_risk_matrix_editor_set_analysis (TryggRiskMatrixEditor *self,
                                       gint64                 analysis_id)
{
  g_return_if_fail (TRYGG_IS_RISK_MATRIX_EDITOR (self));

  if (analysis_id == self->analysis_id)
    return;
  trygg_risk_matrix_editor_flush (self);
  self->analysis_id = analysis_id;
  trygg_risk_band_editor_set_analysis (self->bands, analysis_id);
  reload (self);
}

static void
trygg_risk_matrix_editor_dispose (GObject *object)
{
  TryggRiskMatrixEditor *self = TRYGG_RISK_MATRIX_EDITOR (object);

  if (self->save_source != 0)
    {
      g_clear_handle_id (&self->save_source, g_source_remove);
      save_levels (self);
    }
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->level_rows, g_ptr_array_unref);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_risk_matrix_editor_parent_class)->dispose (object);
}

static void
trygg_risk_matrix_editor_class_init (TryggRiskMatrixEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_risk_matrix_editor_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
trygg_risk_matrix_editor_init (TryggRiskMatrixEditor *self)
{
  self->level_rows = g_ptr_array_new ();
}

static GtkWidget *
size_row (GtkWidget  *group,
          const char *title,
          GtkWidget **spin)
{
  GtkWidget *row = adw_action_row_new ();

  *spin = gtk_spin_button_new_with_range (TRYGG_RISK_MIN_LEVELS, TRYGG_RISK_MAX_LEVELS, 1);
  gtk_widget_set_valign (*spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), *spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), *spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

GtkWidget *
trygg_risk_matrix_editor_new (TryggDatabase *db)
{
  TryggRiskMatrixEditor *self = g_object_new (TRYGG_TYPE_RISK_MATRIX_EDITOR, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *clamp = adw_clamp_new ();

  self->db = g_object_ref (db);
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_database_changed), self);

  self->size_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->size_group), _("Size"));
  size_row (self->size_group, _("Probability levels"), &self->probability_spin);
  size_row (self->size_group, _("Consequence levels"), &self->consequence_spin);
  self->apply_button = gtk_button_new_with_mnemonic (_("C_hange Size…"));
  gtk_widget_set_valign (self->apply_button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (self->apply_button, FALSE);
  g_signal_connect_swapped (self->apply_button, "clicked", G_CALLBACK (on_apply_size), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->size_group),
                                           self->apply_button);
  g_signal_connect_swapped (self->probability_spin, "value-changed",
                            G_CALLBACK (on_size_changed), self);
  g_signal_connect_swapped (self->consequence_spin, "value-changed",
                            G_CALLBACK (on_size_changed), self);

  self->axis_groups[0] = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->axis_groups[0]),
                                   _("Probability"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->axis_groups[0]),
                                         _("From the least to the most likely; say how often."));
  self->axis_groups[1] = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->axis_groups[1]),
                                   _("Consequence"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->axis_groups[1]),
                                         _("From the least to the most serious."));
  self->bands = TRYGG_RISK_BAND_EDITOR (trygg_risk_band_editor_new (db));

  gtk_box_append (GTK_BOX (box), self->size_group);
  gtk_box_append (GTK_BOX (box), self->axis_groups[0]);
  gtk_box_append (GTK_BOX (box), self->axis_groups[1]);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->bands));
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}
