/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The section below a system's fields: the classification it inherits. A system gets at
 * least the level of the most sensitive information it holds, so per aspect it shows the
 * highest level of the assets linked to it (asset_system) and which assets give it — each
 * a row that opens the asset (`win.open-row`). It follows the shown row ("entity") and the
 * database.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-system-section.h"

struct _TryggClassificationSystemSection
{
  AdwBin         parent_instance;

  TryggDatabase *db;
  TryggEntity   *entity;
  GtkWidget     *group;
  GPtrArray     *rows;
  gulong         changed_id;
  guint          idle_id;
};

G_DEFINE_FINAL_TYPE (TryggClassificationSystemSection, trygg_classification_system_section,
                     ADW_TYPE_BIN)

enum { PROP_0, PROP_ENTITY, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
add_row (TryggClassificationSystemSection *self,
         GtkWidget                        *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
  g_ptr_array_add (self->rows, row);
}

static GtkWidget *
origin_row (const TryggClassificationOrigin *origin)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: the accessible name of a row that opens an information asset */
  g_autofree char *label = g_strdup_printf (_("Open %s"), origin->asset_name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), origin->asset_name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-row");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(sss)", "information_asset", "",
                                    origin->asset_uuid);
  gtk_widget_set_tooltip_text (row, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return row;
}

/* One aspect: "Confidentiality 3 (Serious)", "From Journal records, Case files" */
static GtkWidget *
aspect_row (TryggClassificationSystemSection *self,
            const char                       *preset,
            TryggClassificationAspect         aspect,
            int                               level,
            GPtrArray                        *origins)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *level_name = trygg_classification_level_name (self->db, preset, aspect,
                                                                 level);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < origins->len; i++)
    {
      TryggClassificationOrigin *origin = g_ptr_array_index (origins, i);

      if (origin->aspect != aspect)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, origin->asset_name);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), origin_row (origin));
    }
  if (level_name != NULL && *level_name != '\0')
    /* Translators: an inherited level: the aspect, the level's number and its name,
     * e.g. "Confidentiality 3 (Serious)" */
    title = g_strdup_printf (_("%s %d (%s)"), trygg_classification_aspect_name (aspect), level,
                             level_name);
  else
    /* Translators: an inherited level: the aspect and the level's number */
    title = g_strdup_printf (_("%s %d"), trygg_classification_aspect_name (aspect), level);
  /* Translators: where a system's level comes from: the names of information assets */
  subtitle = g_strdup_printf (_("From %s"), names->str);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  return row;
}

static GtkWidget *
message_row (const char *title,
             const char *subtitle,
             const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
refresh (TryggClassificationSystemSection *self)
{
  TryggClassificationProfile profile = { 0 };
  g_autoptr(GPtrArray) origins = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *preset = NULL;
  gint64 id = self->entity != NULL ? trygg_entity_get_id (self->entity) : 0;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group),
                                  g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  gtk_widget_set_visible (self->group, id != 0);
  if (id == 0)
    return;

  origins = trygg_classification_system_levels (self->db, id, profile.levels, &error);
  if (origins == NULL)
    {
      add_row (self, message_row (_("The inherited classification could not be read"),
                                  error->message, "dialog-error-symbolic"));
      return;
    }
  if (origins->len == 0)
    {
      add_row (self, message_row (_("No classified information assets"),
                                  _("Link the information assets this system holds, and "
                                    "classify them, to see the levels it inherits."),
                                  "dialog-information-symbolic"));
      return;
    }

  preset = trygg_classification_get_preset (self->db);
  g_strlcpy (profile.preset, preset, sizeof profile.preset);
  for (int aspect = 0; aspect < TRYGG_CLASSIFICATION_N_ASPECTS; aspect++)
    if (profile.levels[aspect] != TRYGG_CLASSIFICATION_NO_LEVEL)
      add_row (self, aspect_row (self, preset, aspect, profile.levels[aspect], origins));
  if (trygg_classification_profile_warns (&profile))
    {
      GtkWidget *row = message_row (_("Level 4"), trygg_classification_level4_warning (),
                                    "dialog-warning-symbolic");
      add_row (self, row);
    }
}

static gboolean
refresh_idle (gpointer data)
{
  TryggClassificationSystemSection *self = data;

  self->idle_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_database_changed (TryggDatabase                    *db,
                     const char                       *table,
                     TryggClassificationSystemSection *self)
{
  if ((g_str_has_prefix (table, "classification") || g_str_equal (table, "asset_system") ||
       g_str_equal (table, "information_asset")) && self->idle_id == 0)
    self->idle_id = g_idle_add (refresh_idle, self);
}

static void
trygg_classification_system_section_get_property (GObject    *object,
                                                  guint       prop_id,
                                                  GValue     *value,
                                                  GParamSpec *pspec)
{
  TryggClassificationSystemSection *self = TRYGG_CLASSIFICATION_SYSTEM_SECTION (object);

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
trygg_classification_system_section_set_property (GObject      *object,
                                                  guint         prop_id,
                                                  const GValue *value,
                                                  GParamSpec   *pspec)
{
  TryggClassificationSystemSection *self = TRYGG_CLASSIFICATION_SYSTEM_SECTION (object);

  switch (prop_id)
    {
    case PROP_ENTITY:
      if (g_set_object (&self->entity, g_value_get_object (value)))
        {
          refresh (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trygg_classification_system_section_dispose (GObject *object)
{
  TryggClassificationSystemSection *self = TRYGG_CLASSIFICATION_SYSTEM_SECTION (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_object (&self->entity);
  g_clear_object (&self->db);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (trygg_classification_system_section_parent_class)->dispose (object);
}

static void
trygg_classification_system_section_class_init (TryggClassificationSystemSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = trygg_classification_system_section_get_property;
  object_class->set_property = trygg_classification_system_section_set_property;
  object_class->dispose = trygg_classification_system_section_dispose;

  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, TRYGG_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trygg_classification_system_section_init (TryggClassificationSystemSection *self)
{
  self->rows = g_ptr_array_new ();
  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group),
                                   _("Inherited classification"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
      _("A system gets at least the levels of the most sensitive information it holds."));
  adw_bin_set_child (ADW_BIN (self), self->group);
  gtk_widget_set_visible (self->group, FALSE);
}

/* Returns: (transfer floating): the section for the systems register */
GtkWidget *
trygg_classification_system_section_new (TryggDatabase *db)
{
  TryggClassificationSystemSection *self =
    g_object_new (TRYGG_TYPE_CLASSIFICATION_SYSTEM_SECTION, NULL);

  self->db = g_object_ref (db);
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_database_changed), self);
  return GTK_WIDGET (self);
}
