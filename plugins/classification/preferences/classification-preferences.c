/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences → Classification: the organisation's settings that live in the database.
 * The scale (a preset; changing it affects only classifications made afterwards), whether
 * traceability is assessed, the level names and descriptions of the chosen scale
 * (classification-preferences-levels.c), the consequence areas (added by name, retired and
 * restored with a switch, never deleted, so that earlier versions keep their answers) and the
 * requirement catalogue import (classification-preferences-catalogue.c). Every change is one
 * model call; a failure is shown in words and the control goes back to what is stored.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-preferences-private.h"

G_DEFINE_FINAL_TYPE (TryggClassificationPreferences, trygg_classification_preferences,
                     ADW_TYPE_PREFERENCES_PAGE)

/* ---- the scale and traceability ----------------------------------------------------------- */

static void
rebuild_levels (TryggClassificationPreferences *self)
{
  trygg_classification_preferences_flush_levels (self);
  trygg_classification_preferences_fill_levels (self);
}

static void
on_preset_selected (AdwComboRow                    *row,
                    GParamSpec                     *pspec,
                    TryggClassificationPreferences *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;

  if (self->reverting || selected >= TRYGG_CLASSIFICATION_N_PRESETS)
    return;
  stored = trygg_classification_get_preset (self->db);
  if (g_strcmp0 (stored, trygg_classification_presets[selected].id) == 0)
    return;
  if (!trygg_classification_set_preset (self->db, trygg_classification_presets[selected].id,
                                        &error))
    {
      trygg_toast_error (GTK_WIDGET (self), error->message);
      for (guint i = 0; i < TRYGG_CLASSIFICATION_N_PRESETS; i++)
        if (g_strcmp0 (stored, trygg_classification_presets[i].id) == 0)
          {
            self->reverting = TRUE;
            adw_combo_row_set_selected (row, i);
            self->reverting = FALSE;
          }
      return;
    }
  rebuild_levels (self);
}

static void
on_traceability (GtkSwitch                      *toggle,
                 GParamSpec                     *pspec,
                 TryggClassificationPreferences *self)
{
  gboolean active = gtk_switch_get_active (toggle);
  g_autoptr(GError) error = NULL;

  if (self->reverting || active == trygg_classification_get_traceability (self->db))
    return;
  if (!trygg_classification_set_traceability (self->db, active, &error))
    {
      trygg_toast_error (GTK_WIDGET (self), error->message);
      self->reverting = TRUE;
      gtk_switch_set_active (toggle, !active);
      self->reverting = FALSE;
      return;
    }
  rebuild_levels (self);
}

static GtkWidget *
scale_group (TryggClassificationPreferences *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *preset = trygg_classification_get_preset (self->db);
  GtkWidget *row;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Scale"));
  for (guint i = 0; trygg_classification_presets[i].id != NULL; i++)
    gtk_string_list_append (names, _(trygg_classification_presets[i].name));

  self->preset_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->preset_row), _("Scale"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preset_row),
      _("Used for new classifications. Those already made keep the scale they were made "
        "with."));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->preset_row), G_LIST_MODEL (names));
  for (guint i = 0; trygg_classification_presets[i].id != NULL; i++)
    if (g_strcmp0 (preset, trygg_classification_presets[i].id) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->preset_row), i);
  g_signal_connect (self->preset_row, "notify::selected", G_CALLBACK (on_preset_selected), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->preset_row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Assess traceability"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
      _("A fourth aspect besides confidentiality, integrity and availability, used by some "
        "methods."));
  self->traceability_switch = gtk_switch_new ();
  gtk_widget_set_valign (self->traceability_switch, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (self->traceability_switch),
                         trygg_classification_get_traceability (self->db));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->traceability_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Assess traceability"), -1);
  g_signal_connect (self->traceability_switch, "notify::active", G_CALLBACK (on_traceability),
                    self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->traceability_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->traceability_switch);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return group;
}

/* ---- consequence areas -------------------------------------------------------------------- */

static void fill_areas (TryggClassificationPreferences *self);

static void
on_area_active (GtkSwitch                      *toggle,
                GParamSpec                     *pspec,
                TryggClassificationPreferences *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (toggle), "trygg-area-id");
  gboolean active = gtk_switch_get_active (toggle);
  g_autoptr(GError) error = NULL;

  if (self->reverting)
    return;
  if (!trygg_classification_set_area_active (self->db, id, active, &error))
    {
      trygg_toast_error (GTK_WIDGET (self), error->message);
      self->reverting = TRUE;
      gtk_switch_set_active (toggle, !active);
      self->reverting = FALSE;
    }
}

static void
on_add_area (AdwEntryRow                    *entry,
             TryggClassificationPreferences *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  if (!trygg_classification_add_area (self->db, name, NULL, &error))
    {
      trygg_toast_error (GTK_WIDGET (self), error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  fill_areas (self);
  /* Translators: %s is the name of a consequence area just added */
  text = g_strdup_printf (_("“%s” is asked from the next classification on."),
                          g_strstrip (name));
  trygg_toast_add (GTK_WIDGET (self), adw_toast_new (text));
}

static GtkWidget *
area_row (TryggClassificationPreferences *self,
          TryggClassificationArea        *area)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  g_autofree char *label = g_strdup_printf (_("Ask about “%s”"), area->name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), area->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), area->key != NULL
                               ? _("Built in") : _("Added by the organisation"));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (toggle), area->active);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_set_tooltip_text (toggle, label);
  g_object_set_data_full (G_OBJECT (toggle), "trygg-area-id",
                          g_memdup2 (&area->id, sizeof area->id), g_free);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (on_area_active), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  return row;
}

static void
fill_areas (TryggClassificationPreferences *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) areas = trygg_classification_list_areas (self->db, TRUE, &error);

  for (guint i = 0; i < self->area_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->areas_group),
                                  g_ptr_array_index (self->area_rows, i));
  g_ptr_array_set_size (self->area_rows, 0);
  if (gtk_widget_get_ancestor (self->add_area_row, ADW_TYPE_PREFERENCES_GROUP) != NULL)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->areas_group),
                                  self->add_area_row);
  if (areas == NULL)
    trygg_toast_error (GTK_WIDGET (self), error->message);
  for (guint i = 0; areas != NULL && i < areas->len; i++)
    {
      GtkWidget *row = area_row (self, g_ptr_array_index (areas, i));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->areas_group), row);
      g_ptr_array_add (self->area_rows, row);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->areas_group), self->add_area_row);
}

static GtkWidget *
areas_group (TryggClassificationPreferences *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Consequence Areas"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
      _("For each aspect, the consequence of a breach is rated in every area that is turned "
        "on. An area no longer used is turned off, not deleted: earlier classifications keep "
        "their answers."));
  self->areas_group = group;
  self->add_area_row = g_object_ref_sink (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_area_row),
                                 _("Add a consequence area"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->add_area_row), TRUE);
  g_signal_connect (self->add_area_row, "apply", G_CALLBACK (on_add_area), self);
  g_signal_connect (self->add_area_row, "entry-activated", G_CALLBACK (on_add_area), self);
  fill_areas (self);
  return group;
}

/* ---- the page ----------------------------------------------------------------------------- */

static void
trygg_classification_preferences_dispose (GObject *object)
{
  TryggClassificationPreferences *self = TRYGG_CLASSIFICATION_PREFERENCES (object);

  if (self->db != NULL)
    trygg_classification_preferences_flush_levels (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->level_edits, g_ptr_array_unref);
  g_clear_pointer (&self->level_rows, g_ptr_array_unref);
  g_clear_pointer (&self->area_rows, g_ptr_array_unref);
  g_clear_object (&self->add_area_row);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_classification_preferences_parent_class)->dispose (object);
}

static void
trygg_classification_preferences_class_init (TryggClassificationPreferencesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trygg_classification_preferences_dispose;
}

static void
trygg_classification_preferences_init (TryggClassificationPreferences *self)
{
  self->area_rows = g_ptr_array_new ();
  self->level_rows = g_ptr_array_new ();
}

/**
 * trygg_classification_preferences_new:
 *
 * Returns: (transfer floating): the Classification page of Preferences, on @db
 */
AdwPreferencesPage *
trygg_classification_preferences_new (TryggDatabase *db)
{
  TryggClassificationPreferences *self;

  g_return_val_if_fail (TRYGG_IS_DATABASE (db), NULL);

  self = g_object_new (TRYGG_TYPE_CLASSIFICATION_PREFERENCES,
                       "title", _("Classification"),
                       "icon-name", "security-medium-symbolic",
                       "name", "classification",
                       NULL);
  self->db = g_object_ref (db);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self),
                            ADW_PREFERENCES_GROUP (scale_group (self)));
  self->levels_group = trygg_classification_preferences_levels_group (self);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self),
                            ADW_PREFERENCES_GROUP (self->levels_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self),
                            ADW_PREFERENCES_GROUP (areas_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self),
      ADW_PREFERENCES_GROUP (trygg_classification_preferences_catalogue_group (self)));
  return ADW_PREFERENCES_PAGE (self);
}
