/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list side of the Classification page: the rows, and the filters — what to show (all,
 * not classified, review overdue, classified), the unit (with its sub-units, the tree shown
 * indented), the highest level of any aspect (named as the organisation's scale names it)
 * and words of the name — with the count "12 of 45 assets".
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-asset-row.h"
#include "classification-page-private.h"
#include "classification-queries.h"

static const char * const show_names[] = {
  N_("All assets"),
  N_("Not classified"),
  N_("Review overdue"),
  N_("Classified"),
};

/* The rows */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           TryggClassificationPage  *self)
{
  gtk_list_item_set_child (list_item, trygg_classification_asset_row_new (self->db));
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          TryggClassificationPage  *self)
{
  trygg_classification_asset_row_set_item (
      TRYGG_CLASSIFICATION_ASSET_ROW (gtk_list_item_get_child (list_item)),
      gtk_list_item_get_item (list_item));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            TryggClassificationPage  *self)
{
  trygg_classification_asset_row_set_item (
      TRYGG_CLASSIFICATION_ASSET_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* The unit popup: each unit indented by its depth in the tree */

static void
setup_unit (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            TryggClassificationPage  *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_unit (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           TryggClassificationPage  *self)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  guint position = gtk_list_item_get_position (list_item);
  int depth = position < self->unit_depths->len
              ? g_array_index (self->unit_depths, int, position) : 0;

  gtk_label_set_text (GTK_LABEL (label),
                      gtk_string_object_get_string (gtk_list_item_get_item (list_item)));
  gtk_widget_set_margin_start (label, 16 * MIN (depth, 8));
}

void
trygg_classification_page_setup_list (TryggClassificationPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) shows = gtk_string_list_new (NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (show_names); i++)
    gtk_string_list_append (shows, _(show_names[i]));
  gtk_drop_down_set_model (self->show_dropdown, G_LIST_MODEL (shows));

  self->level_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (self->level_names));

  self->unit_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (self->unit_names));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_unit), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_unit), self);
  gtk_drop_down_set_list_factory (self->unit_dropdown, factory);
  g_object_unref (factory);
  self->filling = FALSE;

  g_signal_connect_swapped (self->show_dropdown, "notify::selected",
                            G_CALLBACK (trygg_classification_page_on_filter_changed), self);
  g_signal_connect_swapped (self->level_dropdown, "notify::selected",
                            G_CALLBACK (trygg_classification_page_on_filter_changed), self);
  g_signal_connect_swapped (self->unit_dropdown, "notify::selected",
                            G_CALLBACK (trygg_classification_page_on_filter_changed), self);
}

/* Replaces the strings of @list when they differ; TRUE when they did */
static gboolean
replace_strings (GtkStringList *list,
                 GPtrArray     *strings)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  gboolean same = n == strings->len;

  for (guint i = 0; same && i < n; i++)
    same = g_strcmp0 (gtk_string_list_get_string (list, i), g_ptr_array_index (strings, i)) == 0;
  if (same)
    return FALSE;
  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (list, 0, n, (const char * const *) strings->pdata);
  g_ptr_array_remove_index (strings, strings->len - 1);
  return TRUE;
}

static void
fill_levels (TryggClassificationPage *self)
{
  g_autofree char *preset_id = trygg_classification_get_preset (self->db);
  const TryggClassificationPreset *preset = trygg_classification_preset_lookup (preset_id);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  guint selected = gtk_drop_down_get_selected (self->level_dropdown);
  int level = selected != GTK_INVALID_LIST_POSITION && selected > 0
              ? self->level_min + (int) selected - 1 : -1;

  if (preset == NULL)
    preset = &trygg_classification_presets[0];
  g_ptr_array_add (strings, g_strdup (_("Any level")));
  for (int l = preset->min_level; l <= preset->max_level; l++)
    {
      g_autofree char *name = trygg_classification_level_name (self->db, preset->id,
                                                               TRYGG_CLASSIFICATION_CONFIDENTIALITY,
                                                               l);
      /* Translators: a choice of the level filter: a level and its name, "3 — Serious" */
      g_ptr_array_add (strings, g_strdup_printf (_("%d — %s"), l, name));
    }
  g_free (self->preset);
  self->preset = g_strdup (preset->id);
  if (replace_strings (self->level_names, strings) || self->level_min != preset->min_level)
    {
      self->level_min = preset->min_level;
      gtk_drop_down_set_selected (self->level_dropdown,
          level >= preset->min_level && level <= preset->max_level
          ? (guint) (level - preset->min_level + 1) : 0);
    }
}

static void
fill_units (TryggClassificationPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = trygg_classification_list_units (self->db, &error);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  guint selected = gtk_drop_down_get_selected (self->unit_dropdown);
  gint64 unit_id = selected != GTK_INVALID_LIST_POSITION && selected < self->unit_ids->len
                   ? g_array_index (self->unit_ids, gint64, selected) : 0;
  guint position = 0;
  gint64 zero = 0;
  int top = 0;

  if (units == NULL)
    {
      g_warning ("Cannot list the units: %s", error->message);
      return;
    }
  g_array_set_size (self->unit_ids, 0);
  g_array_set_size (self->unit_depths, 0);
  g_ptr_array_add (strings, g_strdup (_("All units")));
  g_array_append_val (self->unit_ids, zero);
  g_array_append_val (self->unit_depths, top);
  for (guint i = 0; i < units->len; i++)
    {
      TryggClassificationUnitInfo *unit = g_ptr_array_index (units, i);

      g_ptr_array_add (strings, g_strdup (*unit->name ? unit->name : _("(untitled)")));
      g_array_append_val (self->unit_ids, unit->id);
      g_array_append_val (self->unit_depths, unit->depth);
      if (unit->id == unit_id)
        position = i + 1;
    }
  replace_strings (self->unit_names, strings);
  if (gtk_drop_down_get_selected (self->unit_dropdown) != position)
    gtk_drop_down_set_selected (self->unit_dropdown, position);
}

/* Reads the level names and the unit tree again, keeping what is chosen. */
void
trygg_classification_page_fill_filters (TryggClassificationPage *self)
{
  self->filling = TRUE;
  fill_levels (self);
  fill_units (self);
  self->filling = FALSE;
}

void
trygg_classification_page_update_count (TryggClassificationPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  guint total = trygg_classification_asset_list_get_n_total (self->list);
  g_autofree char *text = NULL;

  if (n == total)
    /* Translators: the count under the filters when every asset is shown */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u asset", "%u assets", total),
                            total);
  else
    /* Translators: the count under the filters: shown of all, "12 of 45 assets" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u asset", "%u of %u assets",
                                         total), n, total);
  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    total == 0 ? "empty" : n == 0 ? "no-match" : "list");
}

/* Gives the list the filters' values and keeps the shown asset chosen. */
void
trygg_classification_page_apply_filter (TryggClassificationPage *self)
{
  guint show = gtk_drop_down_get_selected (self->show_dropdown);
  guint level = gtk_drop_down_get_selected (self->level_dropdown);
  guint unit = gtk_drop_down_get_selected (self->unit_dropdown);
  guint position;

  self->reloading = TRUE;
  trygg_classification_asset_list_set_filter (self->list,
      show <= TRYGG_CLASSIFICATION_SHOW_CLASSIFIED ? show : TRYGG_CLASSIFICATION_SHOW_ALL,
      unit < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, unit) : 0,
      level != GTK_INVALID_LIST_POSITION && level > 0 ? self->level_min + (int) level - 1 : -1,
      gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  position = self->asset_id != 0
             ? trygg_classification_asset_list_find (self->list, self->asset_id)
             : GTK_INVALID_LIST_POSITION;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->reloading = FALSE;
  trygg_classification_page_update_count (self);
  trygg_classification_page_update_actions (self);
}

void
trygg_classification_page_on_filter_changed (TryggClassificationPage *self)
{
  if (!self->filling && self->list != NULL)
    trygg_classification_page_apply_filter (self);
}

/* Shows every asset: no words, all units, any level. */
void
trygg_classification_page_clear_filters (TryggClassificationPage *self)
{
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->show_dropdown, TRYGG_CLASSIFICATION_SHOW_ALL);
  gtk_drop_down_set_selected (self->level_dropdown, 0);
  gtk_drop_down_set_selected (self->unit_dropdown, 0);
  self->filling = FALSE;
  trygg_classification_page_apply_filter (self);
}
