/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggClassificationAssetRow: one information asset in the Classification page's list —
 * its name and owning unit on the left, its profile badges on the right and, when the review
 * date of the current version has passed, "Review overdue" with an icon. Redraws when its
 * item reports "changed".
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-asset-row.h"
#include "classification-badges.h"

struct _TryggClassificationAssetRow
{
  GtkWidget                     parent_instance;

  GtkWidget                    *box;
  GtkWidget                    *name;
  GtkWidget                    *unit;
  GtkWidget                    *badges;
  GtkWidget                    *overdue;

  TryggDatabase                *db;
  TryggClassificationAssetItem *item;
  gulong                        changed_id;
};

G_DEFINE_FINAL_TYPE (TryggClassificationAssetRow, trygg_classification_asset_row,
                     GTK_TYPE_WIDGET)

static void
update (TryggClassificationAssetRow *self)
{
  TryggClassificationAssetItem *item = self->item;
  const char *name;
  const char *unit;
  gboolean overdue;
  g_autofree char *label = NULL;

  if (item == NULL)
    return;
  name = trygg_classification_asset_item_get_name (item);
  unit = trygg_classification_asset_item_get_unit_name (item);
  overdue = trygg_classification_asset_item_get_overdue (item);
  gtk_label_set_text (GTK_LABEL (self->name), *name ? name : _("(untitled)"));
  gtk_label_set_text (GTK_LABEL (self->unit), unit != NULL && *unit ? unit : _("No unit"));
  trygg_classification_badges_set_profile (TRYGG_CLASSIFICATION_BADGES (self->badges), self->db,
                                           trygg_classification_asset_item_get_profile (item));
  gtk_widget_set_visible (self->overdue, overdue);

  /* Translators: the accessible name of a row of the asset list: the asset's name, its
   * unit and its profile (or "Not classified") */
  label = g_strdup_printf (_("%s, %s, %s"), *name ? name : _("(untitled)"),
                           unit != NULL && *unit ? unit : _("No unit"),
                           trygg_classification_badges_get_label (
                               TRYGG_CLASSIFICATION_BADGES (self->badges)));
  if (overdue)
    {
      char *with = g_strconcat (label, ", ", _("Review overdue"), NULL);
      g_free (label);
      label = with;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/**
 * trygg_classification_asset_row_set_item:
 * @item: (nullable): the asset to show
 */
void
trygg_classification_asset_row_set_item (TryggClassificationAssetRow  *self,
                                         TryggClassificationAssetItem *item)
{
  g_return_if_fail (TRYGG_IS_CLASSIFICATION_ASSET_ROW (self));

  if (self->item == item)
    return;
  if (self->item != NULL)
    g_clear_signal_handler (&self->changed_id, self->item);
  g_set_object (&self->item, item);
  if (item != NULL)
    self->changed_id = g_signal_connect_swapped (item, "changed", G_CALLBACK (update), self);
  update (self);
}

static void
trygg_classification_asset_row_dispose (GObject *object)
{
  TryggClassificationAssetRow *self = TRYGG_CLASSIFICATION_ASSET_ROW (object);

  trygg_classification_asset_row_set_item (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_classification_asset_row_parent_class)->dispose (object);
}

static void
trygg_classification_asset_row_class_init (TryggClassificationAssetRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = trygg_classification_asset_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
make_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
trygg_classification_asset_row_init (TryggClassificationAssetRow *self)
{
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name ("alarm-symbolic");
  GtkWidget *overdue_label = gtk_label_new (_("Review overdue"));

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->box, "classification-row");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->name = make_label ("name");
  self->unit = make_label ("caption");
  gtk_widget_add_css_class (self->unit, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (text), self->name);
  gtk_box_append (GTK_BOX (text), self->unit);
  gtk_box_append (GTK_BOX (self->box), text);

  self->badges = trygg_classification_badges_new ();
  gtk_widget_set_halign (self->badges, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (right), self->badges);

  self->overdue = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_halign (self->overdue, GTK_ALIGN_END);
  gtk_widget_add_css_class (self->overdue, "classification-overdue");
  gtk_widget_add_css_class (overdue_label, "caption");
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 12);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (self->overdue), icon);
  gtk_box_append (GTK_BOX (self->overdue), overdue_label);
  gtk_widget_set_visible (self->overdue, FALSE);
  gtk_box_append (GTK_BOX (right), self->overdue);
  gtk_widget_set_valign (right, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->box), right);
}

/* Returns: (transfer floating): an empty row; set_item() fills it */
GtkWidget *
trygg_classification_asset_row_new (TryggDatabase *db)
{
  TryggClassificationAssetRow *self = g_object_new (TRYGG_TYPE_CLASSIFICATION_ASSET_ROW, NULL);

  self->db = g_object_ref (db);
  return GTK_WIDGET (self);
}
