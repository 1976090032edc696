/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggRiskBandEditor: the bands of a matrix — name, lowest and highest value, colour, and
 * the acceptance rule (who may accept, treat within how many days, whom to inform). Edits are
 * saved half a second after the last one with trygg_risk_bands_set(); bands that do not fit
 * together (overlapping, a value no band holds) are not saved, and the rule broken is shown in
 * words under the bands until it is fixed. Adding a band splits the highest one; removing a
 * band gives its values to its neighbour: the bands stay whole.
 */
#define G_LOG_DOMAIN "trygg-risk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "risk-band-editor.h"
#include "risk-page-util.h"

#define SAVE_DELAY_MS 500

static const char * const colours[] = { "green", "yellow", "orange", "red", NULL };
static const char * const colour_names[] = {
  NC_ ("band colour", "Green"), NC_ ("band colour", "Yellow"), NC_ ("band colour", "Orange"),
  NC_ ("band colour", "Red")
};

typedef struct {
  gint64       id;
  int          position;
  GtkWidget   *expander;
  GtkWidget   *pill;
  AdwEntryRow *name;
  GtkWidget   *lower;
  GtkWidget   *upper;
  AdwComboRow *colour;
  AdwEntryRow *accept_by;
  GtkWidget   *limited;
  GtkWidget   *days;
  AdwEntryRow *inform;
} BandRow;

struct _TryggRiskBandEditor
{
  AdwBin         parent_instance;

  GtkWidget     *group;
  GtkWidget     *error_label;
  GtkWidget     *add_button;
  GPtrArray     *rows;

  TryggDatabase *db;
  gint64         analysis_id;
  int            max_value;
  guint          save_source;
  gboolean       loading;
  gboolean       writing;
};

G_DEFINE_FINAL_TYPE (TryggRiskBandEditor, trygg_risk_band_editor, ADW_TYPE_BIN)

static void
band_row_free (gpointer data)
{
  g_free (data);
}

static TryggRiskBand *
band_from_row (BandRow *row)
{
  TryggRiskBand *band = g_new0 (TryggRiskBand, 1);
  guint colour = adw_combo_row_get_selected (row->colour);

  band->id = row->id;
  band->position = row->position;
  band->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->name)));
  band->lower = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->lower));
  band->upper = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->upper));
  band->colour = g_strdup (colour < G_N_ELEMENTS (colour_names) ? colours[colour] : "green");
  band->accept_by = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->accept_by)));
  band->treat_within_days = gtk_switch_get_active (GTK_SWITCH (row->limited))
    ? gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->days)) : -1;
  band->inform = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->inform)));
  return band;
}

static GPtrArray *
collect (TryggRiskBandEditor *self)
{
  GPtrArray *bands = g_ptr_array_new_with_free_func ((GDestroyNotify) trygg_risk_band_free);

  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (bands, band_from_row (g_ptr_array_index (self->rows, i)));
  return bands;
}

static void
show_problem (TryggRiskBandEditor *self,
              const char          *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message != NULL ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
}

/* Writes @bands; a rule broken is shown in words and nothing is written. */
static gboolean
write_bands (TryggRiskBandEditor *self,
             GPtrArray           *bands)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->writing = TRUE;
  ok = trygg_risk_bands_set (self->db, self->analysis_id, bands, &error);
  self->writing = FALSE;
  if (!ok)
    {
      show_problem (self, error->message);
      if (!g_error_matches (error, TRYGG_DATABASE_ERROR, TRYGG_DATABASE_ERROR_INVALID))
        trygg_toast_error (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  show_problem (self, NULL);
  return TRUE;
}

static gboolean
save_now (TryggRiskBandEditor *self)
{
  g_autoptr(GPtrArray) bands = collect (self);

  if (!write_bands (self, bands))
    return FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    ((BandRow *) g_ptr_array_index (self->rows, i))->position = (int) i;
  return TRUE;
}

/* Saves a pending edit now. Returns: %FALSE when it could not be saved (shown why) */
gboolean
trygg_risk_band_editor_flush (TryggRiskBandEditor *self)
{
  if (self->save_source == 0)
    return TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  return save_now (self);
}

static gboolean
save_timeout (gpointer data)
{
  TryggRiskBandEditor *self = data;

  self->save_source = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
update_summary (BandRow *row)
{
  int lower = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->lower));
  int upper = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->upper));
  guint colour = adw_combo_row_get_selected (row->colour);
  g_autofree char *range = lower == upper ? g_strdup_printf ("%d", lower)
                                          : g_strdup_printf ("%d–%d", lower, upper);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (row->name));
  const char *accept = gtk_editable_get_text (GTK_EDITABLE (row->accept_by));
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->expander), name);
  trygg_risk_band_label_set (row->pill, range,
                             colour < G_N_ELEMENTS (colour_names) ? colours[colour] : NULL, 1);
  gtk_label_set_text (GTK_LABEL (row->pill), range);
  /* Translators: who may accept a risk in a band */
  subtitle = g_strdup_printf (_("Accepted by %s"), *accept != '\0' ? accept : "—");
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row->expander), subtitle);
  gtk_widget_set_sensitive (row->days, gtk_switch_get_active (GTK_SWITCH (row->limited)));
}

static void
on_edited (TryggRiskBandEditor *self)
{
  if (self->loading)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    update_summary (g_ptr_array_index (self->rows, i));
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout, self);
}

static void
on_add_band (TryggRiskBandEditor *self)
{
  g_autoptr(GPtrArray) bands = NULL;
  TryggRiskBand *last, *band;
  int middle;

  if (!trygg_risk_band_editor_flush (self))
    return;
  bands = collect (self);
  if (bands->len == 0)
    return;
  if (bands->len >= TRYGG_RISK_MAX_BANDS)
    {
      show_problem (self, _("A matrix has at most five bands."));
      return;
    }
  last = g_ptr_array_index (bands, bands->len - 1);
  if (last->lower >= last->upper)
    {
      /* Translators: the name of the highest band */
      g_autofree char *message = g_strdup_printf (_("The band “%s” holds only one value. Widen "
                                                    "it before adding a band above it."),
                                                  last->name);
      show_problem (self, message);
      return;
    }
  middle = (last->lower + last->upper) / 2;
  band = g_new0 (TryggRiskBand, 1);
  band->name = g_strdup (_("New band"));
  band->lower = middle + 1;
  band->upper = last->upper;
  band->colour = g_strdup ("red");
  band->accept_by = g_strdup (last->accept_by);
  band->treat_within_days = last->treat_within_days;
  band->inform = g_strdup (last->inform);
  last->upper = middle;
  g_ptr_array_add (bands, band);
  if (write_bands (self, bands))
    trygg_risk_band_editor_reload (self);
}

static void
on_remove_band (GtkButton           *button,
                TryggRiskBandEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GPtrArray) bands = NULL;
  TryggRiskBand *gone;

  if (!trygg_risk_band_editor_flush (self))
    return;
  bands = collect (self);
  if (bands->len <= 1 || index >= bands->len)
    {
      show_problem (self, _("A matrix needs at least one band."));
      return;
    }
  gone = g_ptr_array_index (bands, index);
  if (index > 0)
    ((TryggRiskBand *) g_ptr_array_index (bands, index - 1))->upper = gone->upper;
  else
    ((TryggRiskBand *) g_ptr_array_index (bands, 1))->lower = gone->lower;
  g_ptr_array_remove_index (bands, index);
  if (write_bands (self, bands))
    trygg_risk_band_editor_reload (self);
}

static GtkWidget *
spin_row (BandRow             *row,
          GtkWidget           *expander,
          const char          *title,
          int                  min,
          int                  max,
          int                  value,
          GtkWidget          **spin)
{
  GtkWidget *action_row = adw_action_row_new ();

  *spin = gtk_spin_button_new_with_range (min, max, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (*spin), value);
  gtk_widget_set_valign (*spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), *spin);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), action_row);
  return action_row;
}

static AdwEntryRow *
entry_row (GtkWidget  *expander,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  return ADW_ENTRY_ROW (row);
}

static BandRow *
make_row (TryggRiskBandEditor *self,
          const TryggRiskBand *band,
          guint                index)
{
  BandRow *row = g_new0 (BandRow, 1);
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkWidget *limit_row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: %s is the name of a band */
  g_autofree char *remove_label = g_strdup_printf (_("Remove the band “%s”"), band->name);

  row->id = band->id;
  row->position = band->position;
  row->expander = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->expander), FALSE);
  row->pill = trygg_risk_band_label_new ();
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row->expander), row->pill);

  row->name = entry_row (row->expander, _("Name"), band->name);
  spin_row (row, row->expander, _("Lowest value"), 1, self->max_value, band->lower,
            &row->lower);
  spin_row (row, row->expander, _("Highest value"), 1, self->max_value, band->upper,
            &row->upper);
  for (guint i = 0; i < G_N_ELEMENTS (colour_names); i++)
    gtk_string_list_append (names, g_dpgettext2 (GETTEXT_PACKAGE, "band colour",
                                                 colour_names[i]));
  row->colour = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_combo_row_set_model (row->colour, G_LIST_MODEL (names));
  g_object_unref (names);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->colour), _("Colour"));
  for (guint i = 0; colours[i] != NULL; i++)
    if (g_strcmp0 (colours[i], band->colour) == 0)
      adw_combo_row_set_selected (row->colour, i);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->expander), GTK_WIDGET (row->colour));
  row->accept_by = entry_row (row->expander, _("Who may accept a risk"), band->accept_by);

  row->limited = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (row->limited), band->treat_within_days >= 0);
  gtk_widget_set_valign (row->limited, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->limited), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Must be treated within a time limit"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (limit_row),
                                 _("Must be treated within a time limit"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (limit_row), row->limited);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (limit_row), row->limited);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row->expander), limit_row);
  spin_row (row, row->expander, _("Days to treat it"), 0, 3650,
            MAX (band->treat_within_days, 0), &row->days);
  row->inform = entry_row (row->expander, _("Whom to inform"), band->inform);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (index));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_band), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row->expander), remove);

  g_signal_connect_swapped (row->name, "changed", G_CALLBACK (on_edited), self);
  g_signal_connect_swapped (row->lower, "value-changed", G_CALLBACK (on_edited), self);
  g_signal_connect_swapped (row->upper, "value-changed", G_CALLBACK (on_edited), self);
  g_signal_connect_swapped (row->colour, "notify::selected", G_CALLBACK (on_edited), self);
  g_signal_connect_swapped (row->accept_by, "changed", G_CALLBACK (on_edited), self);
  g_signal_connect_swapped (row->limited, "notify::active", G_CALLBACK (on_edited), self);
  g_signal_connect_swapped (row->days, "value-changed", G_CALLBACK (on_edited), self);
  g_signal_connect_swapped (row->inform, "changed", G_CALLBACK (on_edited), self);
  update_summary (row);
  return row;
}

/* Shows the bands as stored (a pending edit is dropped: flush first to keep it). */
void
trygg_risk_band_editor_reload (TryggRiskBandEditor *self)
{
  g_autoptr(TryggRiskMatrix) matrix = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group),
                                  ((BandRow *) g_ptr_array_index (self->rows, i))->expander);
  g_ptr_array_set_size (self->rows, 0);
  show_problem (self, NULL);
  if (self->analysis_id == 0)
    return;
  matrix = trygg_risk_matrix_load (self->db, self->analysis_id, NULL);
  if (matrix == NULL)
    return;
  self->max_value = matrix->probability_levels * matrix->consequence_levels;
  self->loading = TRUE;
  for (guint i = 0; i < matrix->bands->len; i++)
    {
      BandRow *row = make_row (self, g_ptr_array_index (matrix->bands, i), i);

      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row->expander);
    }
  /* the problem label stays under the bands */
  g_object_ref (self->error_label);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group), self->error_label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->error_label);
  g_object_unref (self->error_label);
  gtk_widget_set_sensitive (self->add_button, matrix->bands->len < TRYGG_RISK_MAX_BANDS);
  self->loading = FALSE;
}

void
trygg_risk_band_editor_set_analysis (TryggRiskBandEditor *self,
                                     gint64               analysis_id)
{
  trygg_risk_band_editor_flush (self);
  self->analysis_id = analysis_id;
  trygg_risk_band_editor_reload (self);
}

/* Whether the editor is writing right now (its own change need not reload it). */
gboolean
trygg_risk_band_editor_is_writing (TryggRiskBandEditor *self)
{
  return self->writing;
}

static void
trygg_risk_band_editor_dispose (GObject *object)
{
  TryggRiskBandEditor *self = TRYGG_RISK_BAND_EDITOR (object);

  if (self->save_source != 0 && self->db != NULL)
    trygg_risk_band_editor_flush (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_risk_band_editor_parent_class)->dispose (object);
}

static void
trygg_risk_band_editor_class_init (TryggRiskBandEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_risk_band_editor_dispose;
}

static void
trygg_risk_band_editor_init (TryggRiskBandEditor *self)
{
  self->rows = g_ptr_array_new_with_free_func (band_row_free);
}

GtkWidget *
trygg_risk_band_editor_new (TryggDatabase *db)
{
  TryggRiskBandEditor *self = g_object_new (TRYGG_TYPE_RISK_BAND_EDITOR, NULL);

  self->db = g_object_ref (db);
  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group),
                                   _("Bands and acceptance"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
      _("Every value a cell can have (probability × consequence) belongs to one band. Each "
        "band says who may accept a risk in it, how soon it must be treated and whom to "
        "inform."));
  self->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_widget_set_tooltip_text (self->add_button, _("Add a band above the highest one"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a band"), -1);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (on_add_band), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group),
                                           self->add_button);
  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_set_margin_top (self->error_label, 8);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->error_label);
  adw_bin_set_child (ADW_BIN (self), self->group);
  return GTK_WIDGET (self);
}
