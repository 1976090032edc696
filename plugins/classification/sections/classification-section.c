/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The classification's sections on core's register pages (the section extension point).
 * Below an information asset's fields: its profile as badges, the current version with its
 * sign-off, the next review (overdue said in words and with an icon), the level-4 warning,
 * and "Classify…", which opens the guided editor. Below a system's fields: what it inherits
 * from the assets it holds (classification-system-section.c).
 *
 * Both follow the row the page shows (their "entity" property) and the database.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-badges.h"
#include "classification-editor.h"
#include "classification-followup.h"
#include "classification-section.h"
#include "classification-system-section.h"

#define TRYGG_TYPE_CLASSIFICATION_ASSET_SECTION (trygg_classification_asset_section_get_type ())
G_DECLARE_FINAL_TYPE (TryggClassificationAssetSection, trygg_classification_asset_section,
                      TRYGG, CLASSIFICATION_ASSET_SECTION, AdwBin)

struct _TryggClassificationAssetSection
{
  AdwBin         parent_instance;

  TryggDatabase *db;
  TryggEntity   *entity;
  GtkWidget     *group;
  GtkWidget     *badges;
  GtkWidget     *version_row;
  GtkWidget     *review_row;
  GtkWidget     *review_icon;
  GtkWidget     *warning_row;
  gulong         changed_id;
  guint          idle_id;
};

G_DEFINE_FINAL_TYPE (TryggClassificationAssetSection, trygg_classification_asset_section,
                     ADW_TYPE_BIN)

enum { PROP_0, PROP_ENTITY, N_PROPS };
static GParamSpec *properties[N_PROPS];

static gint64
asset_id (TryggClassificationAssetSection *self)
{
  return self->entity != NULL ? trygg_entity_get_id (self->entity) : 0;
}

static char *
signed_off_text (const TryggClassificationVersionInfo *info)
{
  g_autofree char *date = trygg_classification_format_date (info->signed_off_on);

  if (info->signed_off_by != NULL && info->signed_off_on != NULL)
    /* Translators: the sign-off of a classification: a person's name, then a date */
    return g_strdup_printf (_("Signed off by %s on %s"), info->signed_off_by, date);
  if (info->signed_off_by != NULL)
    /* Translators: the sign-off of a classification: a person's name */
    return g_strdup_printf (_("Signed off by %s"), info->signed_off_by);
  if (info->signed_off_on != NULL)
    /* Translators: the sign-off of a classification: a date */
    return g_strdup_printf (_("Signed off on %s"), date);
  return g_strdup (_("Not signed off yet"));
}

static void
refresh (TryggClassificationAssetSection *self)
{
  g_auto(TryggClassificationVersionInfo) info = { 0 };
  TryggClassificationProfile profile = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;
  g_autofree char *signed_off = NULL;
  g_autofree char *review = NULL;
  g_autofree char *date = NULL;
  gint64 id = asset_id (self);

  gtk_widget_set_visible (self->group, id != 0);
  if (id == 0)
    return;
  if (!trygg_classification_current_profile (self->db, id, &profile, &error) ||
      !trygg_classification_version_info (self->db, id, &info, &error))
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                             error->message);
      return;
    }

  trygg_classification_badges_set_profile (TRYGG_CLASSIFICATION_BADGES (self->badges), self->db,
                                           info.version > 0 ? &profile : NULL);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
      info.version > 0 ? NULL
                       : _("Not classified yet. Classify it to see the security requirements "
                           "its levels call for and to plan its yearly review."));
  gtk_widget_set_visible (self->version_row, info.version > 0);
  gtk_widget_set_visible (self->review_row, info.version > 0 && info.next_review != NULL);
  gtk_widget_set_visible (self->warning_row,
                          info.version > 0 && trygg_classification_profile_warns (&profile));
  if (info.version == 0)
    return;

  /* Translators: the number of the current version of a classification */
  version = g_strdup_printf (_("Version %d"), info.version);
  signed_off = signed_off_text (&info);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->version_row), version);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->version_row), signed_off);

  date = trygg_classification_format_date (info.next_review);
  if (info.review_overdue)
    {
      /* Translators: the date the yearly review of a classification was due */
      review = g_strdup_printf (_("Overdue since %s"), date);
      gtk_image_set_from_icon_name (GTK_IMAGE (self->review_icon), "dialog-warning-symbolic");
      gtk_widget_add_css_class (self->review_icon, "error");
      gtk_widget_add_css_class (self->review_row, "error");
    }
  else
    {
      review = g_strdup (date);
      gtk_image_set_from_icon_name (GTK_IMAGE (self->review_icon), "x-office-calendar-symbolic");
      gtk_widget_remove_css_class (self->review_icon, "error");
      gtk_widget_remove_css_class (self->review_row, "error");
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->review_row), review);
}

static gboolean
refresh_idle (gpointer data)
{
  TryggClassificationAssetSection *self = data;

  self->idle_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (TryggDatabase                   *db,
                     const char                      *table,
                     TryggClassificationAssetSection *self)
{
  if ((g_str_has_prefix (table, "classification") || g_str_equal (table, "person")) &&
      self->idle_id == 0)
    self->idle_id = g_idle_add (refresh_idle, self);
}

static void
classify_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  TryggClassificationAssetSection *self = TRYGG_CLASSIFICATION_ASSET_SECTION (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *editor;

  if (asset_id (self) == 0)
    return;
  editor = trygg_classification_editor_new (self->db, asset_id (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_set_modal (GTK_WINDOW (editor), TRUE);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
set_entity (TryggClassificationAssetSection *self,
            TryggEntity                     *entity)
{
  if (!g_set_object (&self->entity, entity))
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "classification.classify", entity != NULL);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
}

static void
trygg_classification_asset_section_get_property (GObject    *object,
                                                 guint       prop_id,
                                                 GValue     *value,
                                                 GParamSpec *pspec)
{
  TryggClassificationAssetSection *self = TRYGG_CLASSIFICATION_ASSET_SECTION (object);

  switch (prop_id)
    {
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trygg_classification_asset_section_set_property (GObject      *object,
                                                 guint         prop_id,
                                                 const GValue *value,
                                                 GParamSpec   *pspec)
{
  TryggClassificationAssetSection *self = TRYGG_CLASSIFICATION_ASSET_SECTION (object);

  switch (prop_id)
    {
    case PROP_ENTITY:
      set_entity (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trygg_classification_asset_section_dispose (GObject *object)
{
  TryggClassificationAssetSection *self = TRYGG_CLASSIFICATION_ASSET_SECTION (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_object (&self->entity);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (trygg_classification_asset_section_parent_class)->dispose (object);
}

static void
trygg_classification_asset_section_class_init (TryggClassificationAssetSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = trygg_classification_asset_section_get_property;
  object_class->set_property = trygg_classification_asset_section_set_property;
  object_class->dispose = trygg_classification_asset_section_dispose;

  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, TRYGG_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "classification.classify", NULL,
                                   classify_action);
}

static GtkWidget *
make_row (const char *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
trygg_classification_asset_section_init (TryggClassificationAssetSection *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Classify…"));
  GtkWidget *profile_row = make_row (_("Profile"));
  GtkWidget *icon;

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Classification"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "classification.classify");
  gtk_widget_set_name (button, "classify");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Classify this information asset step by step"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), button);

  self->badges = trygg_classification_badges_new ();
  gtk_widget_set_valign (self->badges, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (profile_row), self->badges);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), profile_row);

  self->version_row = make_row (NULL);
  icon = gtk_image_new_from_icon_name ("document-edit-symbolic");
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->version_row), icon);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->version_row);

  self->review_row = make_row (_("Next review"));
  self->review_icon = gtk_image_new_from_icon_name ("x-office-calendar-symbolic");
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->review_row), self->review_icon);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->review_row);

  self->warning_row = make_row (_("Level 4"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->warning_row),
                               trygg_classification_level4_warning ());
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->warning_row), icon);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->warning_row);

  adw_bin_set_child (ADW_BIN (self), self->group);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "classification.classify", FALSE);
  gtk_widget_set_visible (self->group, FALSE);
}

/**
 * trygg_classification_section_new:
 * @table: the table of the register page
 *
 * Returns: (transfer floating) (nullable): the section for @table, or %NULL
 */
GtkWidget *
trygg_classification_section_new (TryggDatabase *db,
                                  const char    *table)
{
  TryggClassificationAssetSection *self;

  if (g_strcmp0 (table, "system") == 0)
    return trygg_classification_system_section_new (db);
  if (g_strcmp0 (table, "information_asset") != 0)
    return NULL;

  self = g_object_new (TRYGG_TYPE_CLASSIFICATION_ASSET_SECTION, NULL);
  self->db = g_object_ref (db);
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_database_changed), self);
  return GTK_WIDGET (self);
}
