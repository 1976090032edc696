/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The detail side of the Classification page: the chosen asset's name and unit, its profile
 * as badges, the level-4 warning when the profile reaches it, the current version's levels
 * with their names and rationales, the flags (personal data, special categories, secrecy and
 * its legal reference), who classified and signed off, the next review (overdue in words and
 * with an icon), the version history and the requirements panel.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-page-private.h"
#include "classification-queries.h"
#include "classification-requirements.h"

static void
set_string (char       **field,
            const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
set_subtitle (AdwActionRow *row,
              const char   *text)
{
  adw_action_row_set_subtitle (row, text);
}

static const char *
or_none (const char *text,
         const char *none)
{
  return text != NULL && *text != '\0' ? text : none;
}

static void
fill_levels (TryggClassificationPage        *self,
             TryggClassificationVersionInfo *current)
{
  const TryggClassificationPreset *preset =
    trygg_classification_preset_lookup (current->profile.preset);

  clear_rows (self->levels_group, self->level_rows);
  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    {
      int level = current->profile.levels[i];
      const char *rationale = current->rationale[i];
      GtkWidget *row;
      GtkWidget *value;
      g_autofree char *text = NULL;

      if (level == TRYGG_CLASSIFICATION_NO_LEVEL && *rationale == '\0')
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     trygg_classification_aspect_name (i));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   or_none (rationale, _("No rationale written")));
      if (level != TRYGG_CLASSIFICATION_NO_LEVEL)
        {
          g_autofree char *name = trygg_classification_level_name (
              self->db, preset != NULL ? preset->id : current->profile.preset, i, level);
          /* Translators: an aspect's level in the detail, "3 — Serious" */
          text = g_strdup_printf (_("%d — %s"), level, name);
        }
      else
        text = g_strdup (_("Not assessed"));
      value = gtk_label_new (text);
      gtk_widget_add_css_class (value, "classification-level");
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      adw_preferences_group_add (self->levels_group, row);
      g_ptr_array_add (self->level_rows, row);
    }
}

static void
fill_facts (TryggClassificationPage        *self,
            TryggClassificationVersionInfo *current)
{
  g_autofree char *secrecy = NULL;
  g_autofree char *signed_off = NULL;
  g_autofree char *review = NULL;

  set_subtitle (self->personal_row, current->personal_data ? _("Yes") : _("No"));
  set_subtitle (self->special_row, current->special_categories ? _("Yes") : _("No"));
  if (current->secrecy)
    /* Translators: secrecy applies; %s is the legal reference, e.g. "OSL 26 kap. 1 §" */
    secrecy = g_strdup_printf (_("Yes — %s"), current->secrecy_reference);
  set_subtitle (self->secrecy_row, secrecy != NULL ? secrecy : _("No"));
  set_subtitle (self->classified_by_row, or_none (current->classified_by, _("Not recorded")));

  if (current->signed_off_by != NULL && current->signed_off_on != NULL)
    /* Translators: who signed the classification off, and when: "Anna Berg on 2025-03-01" */
    signed_off = g_strdup_printf (_("%s on %s"), current->signed_off_by, current->signed_off_on);
  else if (current->signed_off_by != NULL)
    signed_off = g_strdup (current->signed_off_by);
  else if (current->signed_off_on != NULL)
    /* Translators: %s is the date the classification was signed off */
    signed_off = g_strdup_printf (_("On %s"), current->signed_off_on);
  set_subtitle (self->signed_off_row, signed_off != NULL ? signed_off : _("Not signed off"));

  set_subtitle (self->review_row, or_none (current->next_review, _("Not planned")));
  gtk_widget_set_visible (self->review_overdue, current->overdue);
}

static void
fill_history (TryggClassificationPage *self,
              GPtrArray               *versions)
{
  clear_rows (self->history_group, self->history_rows);
  for (guint i = 0; i < versions->len; i++)
    {
      TryggClassificationVersionInfo *info = g_ptr_array_index (versions, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *badges = trygg_classification_badges_new ();

      /* Translators: a row of the version history; %d is the version number */
      title = g_strdup_printf (_("Version %d"), info->version);
      if (info->classified_by != NULL && *info->classified_by != '\0')
        /* Translators: when a version was saved and by whom: "2025-03-04, Anna Berg" */
        subtitle = g_strdup_printf (_("%s, %s"), info->created_on, info->classified_by);
      else
        subtitle = g_strdup (info->created_on);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      trygg_classification_badges_set_profile (TRYGG_CLASSIFICATION_BADGES (badges), self->db,
                                               &info->profile);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badges);
      if (i == 0)
        {
          GtkWidget *current = gtk_label_new (_("Current"));
          gtk_widget_add_css_class (current, "dim-label");
          gtk_widget_add_css_class (current, "caption");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), current);
        }
      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->history_rows, row);
    }
}

static void
show_none (TryggClassificationPage *self)
{
  self->asset_id = 0;
  self->shown_version = -1;
  g_clear_pointer (&self->asset_uuid, g_free);
  g_clear_pointer (&self->asset_name, g_free);
  g_clear_pointer (&self->unit_uuid, g_free);
  g_clear_pointer (&self->unit_name, g_free);
  gtk_stack_set_visible_child_name (self->detail_stack, "none");
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/**
 * trygg_classification_page_fill_detail:
 *
 * Reads the shown asset again and fills the detail pane; an asset that is gone empties it.
 */
void
trygg_classification_page_fill_detail (TryggClassificationPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TryggClassificationAssetItem) item = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  TryggClassificationVersionInfo *current;
  const char *name;
  const char *unit;
  gboolean new_version;

  if (self->asset_id == 0 ||
      (item = trygg_classification_asset_item_load (self->db, self->asset_id, &error)) == NULL ||
      (versions = trygg_classification_list_versions (self->db, self->asset_id, &error)) == NULL)
    {
      if (error != NULL && !g_error_matches (error, TRYGG_DATABASE_ERROR,
                                             TRYGG_DATABASE_ERROR_NOT_FOUND))
        g_warning ("Cannot read the asset: %s", error->message);
      show_none (self);
      return;
    }

  name = trygg_classification_asset_item_get_name (item);
  unit = trygg_classification_asset_item_get_unit_name (item);
  set_string (&self->asset_uuid, trygg_classification_asset_item_get_uuid (item));
  set_string (&self->asset_name, name);
  set_string (&self->unit_uuid, trygg_classification_asset_item_get_unit_uuid (item));
  set_string (&self->unit_name, unit);

  gtk_label_set_text (self->title_label, *name ? name : _("(untitled)"));
  gtk_label_set_text (self->unit_label, or_none (unit, _("No owning unit")));
  trygg_classification_badges_set_profile (self->badges, self->db,
                                           trygg_classification_asset_item_get_profile (item));
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");

  current = versions->len > 0 ? g_ptr_array_index (versions, 0) : NULL;
  new_version = (current != NULL ? current->version : 0) != self->shown_version;
  if (current == NULL)
    {
      gtk_label_set_text (self->version_label, "");
      gtk_widget_set_visible (self->warning_banner, FALSE);
      gtk_widget_set_visible (self->unclassified_box, TRUE);
      gtk_widget_set_visible (self->classified_box, FALSE);
    }
  else
    {
      g_autofree char *version = NULL;

      /* Translators: under the badges: the current version's number and the day it was
       * saved, "Version 3, 2025-03-04" */
      version = g_strdup_printf (_("Version %d, %s"), current->version, current->created_on);
      gtk_label_set_text (self->version_label, version);
      gtk_widget_set_visible (self->warning_banner,
                              trygg_classification_profile_warns (&current->profile));
      gtk_label_set_text (self->warning_label, trygg_classification_level4_warning ());
      fill_levels (self, current);
      fill_facts (self, current);
      fill_history (self, versions);
      gtk_widget_set_visible (self->unclassified_box, FALSE);
      gtk_widget_set_visible (self->classified_box, TRUE);
    }
  if (new_version && self->requirements != NULL)
    trygg_classification_requirements_set_asset (
        TRYGG_CLASSIFICATION_REQUIREMENTS (self->requirements), self->asset_id);
  self->shown_version = current != NULL ? current->version : 0;
}
