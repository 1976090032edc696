/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TryggClassificationBadges: an asset's profile as small rounded badges, one per assessed
 * aspect, "K3" in words and figures; a higher level is a darker shade (classes level-0 …
 * level-4 in classification-page.css), never the only signal. Each badge has the aspect and
 * the level name as its tooltip and accessible label; the whole has the profile as its label
 * and the aspects as its description.
 */
#define G_LOG_DOMAIN "trygg-classification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "classification-badges.h"

struct _TryggClassificationBadges
{
  GtkWidget  parent_instance;

  char      *label;
};

G_DEFINE_FINAL_TYPE (TryggClassificationBadges, trygg_classification_badges, GTK_TYPE_WIDGET)

void
trygg_classification_load_page_css (void)
{
  static gboolean loaded;
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider,
      "/io/github/trygg/Trygg/plugins/classification/classification-page.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
remove_children (TryggClassificationBadges *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

static GtkWidget *
add_badge (TryggClassificationBadges *self,
           const char                *text,
           const char                *description)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "classification-badge");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (description != NULL)
    {
      gtk_widget_set_tooltip_text (label, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      description, -1);
    }
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  return label;
}

/**
 * trygg_classification_badges_set_profile:
 * @db: (nullable): where the organisation's level names are; %NULL for the preset's own
 *
 * Shows @profile: a badge per assessed aspect, or "Not classified".
 */
void
trygg_classification_badges_set_profile (TryggClassificationBadges        *self,
                                         TryggDatabase                    *db,
                                         const TryggClassificationProfile *profile)
{
  const TryggClassificationPreset *preset = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *text = NULL;

  g_return_if_fail (TRYGG_IS_CLASSIFICATION_BADGES (self));

  remove_children (self);
  g_clear_pointer (&self->label, g_free);
  if (profile != NULL)
    {
      preset = trygg_classification_preset_lookup (profile->preset);
      if (preset == NULL)
        preset = &trygg_classification_presets[0];
      text = trygg_classification_profile_to_string (profile);
    }
  if (profile == NULL || profile->version == 0 || text == NULL || *text == '\0')
    {
      GtkWidget *label = add_badge (self, _("Not classified"), NULL);

      gtk_widget_add_css_class (label, "not-classified");
      self->label = g_strdup (_("Not classified"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, self->label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "", -1);
      return;
    }

  for (guint i = 0; i < TRYGG_CLASSIFICATION_N_ASPECTS; i++)
    {
      int level = profile->levels[i];
      g_autofree char *badge = NULL;
      g_autofree char *name = NULL;
      g_autofree char *aspect = NULL;
      g_autofree char *level_class = NULL;
      GtkWidget *label;

      if (level == TRYGG_CLASSIFICATION_NO_LEVEL)
        continue;
      badge = g_strdup_printf ("%s%d", preset->letters[i], level);
      name = db != NULL ? trygg_classification_level_name (db, preset->id, i, level) : NULL;
      if (name == NULL && level >= preset->min_level && level <= preset->max_level &&
          preset->level_names[level - preset->min_level] != NULL)
        name = g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "classification level",
                                       preset->level_names[level - preset->min_level]));
      if (name != NULL && *name != '\0')
        /* Translators: a badge's tooltip: the aspect, its level and the level's name,
         * e.g. "Confidentiality: 3 — Serious" */
        aspect = g_strdup_printf (_("%s: %d — %s"), trygg_classification_aspect_name (i),
                                  level, name);
      else
        /* Translators: a badge's tooltip: the aspect and its level, e.g. "Integrity: 2" */
        aspect = g_strdup_printf (_("%s: %d"), trygg_classification_aspect_name (i), level);
      label = add_badge (self, badge, aspect);
      level_class = g_strdup_printf ("level-%d", CLAMP (level, 0, 4));
      gtk_widget_add_css_class (label, level_class);
      if (level == preset->warn_level)
        gtk_widget_add_css_class (label, "warns");
      g_string_append_printf (description, "%s%s", description->len ? "; " : "", aspect);
    }

  /* Translators: the accessible name of an asset's badges; %s is a profile like "K3 R2 T3" */
  self->label = g_strdup_printf (_("Classification %s"), text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str, -1);
}

const char *
trygg_classification_badges_get_label (TryggClassificationBadges *self)
{
  g_return_val_if_fail (TRYGG_IS_CLASSIFICATION_BADGES (self), NULL);

  return self->label;
}

static void
trygg_classification_badges_dispose (GObject *object)
{
  TryggClassificationBadges *self = TRYGG_CLASSIFICATION_BADGES (object);

  remove_children (self);
  G_OBJECT_CLASS (trygg_classification_badges_parent_class)->dispose (object);
}

static void
trygg_classification_badges_finalize (GObject *object)
{
  TryggClassificationBadges *self = TRYGG_CLASSIFICATION_BADGES (object);

  g_free (self->label);
  G_OBJECT_CLASS (trygg_classification_badges_parent_class)->finalize (object);
}

static void
trygg_classification_badges_class_init (TryggClassificationBadgesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = trygg_classification_badges_dispose;
  G_OBJECT_CLASS (klass)->finalize = trygg_classification_badges_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "classification-badges");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
trygg_classification_badges_init (TryggClassificationBadges *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  trygg_classification_load_page_css ();
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  trygg_classification_badges_set_profile (self, NULL, NULL);
}

/* Returns: (transfer floating): badges showing "Not classified" until a profile is set */
GtkWidget *
trygg_classification_badges_new (void)
{
  return g_object_new (TRYGG_TYPE_CLASSIFICATION_BADGES, NULL);
}
