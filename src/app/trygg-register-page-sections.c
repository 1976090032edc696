/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sections of a register page: widgets below the form that plugins give through the
 * section extension point (e.g. an information asset's classification). Each has an "entity"
 * property that follows the row the page shows. trygg_register_page_watch_sections() asks
 * every loaded plugin for its section and follows plugins turned on and off.
 */
#define G_LOG_DOMAIN "trygg-register-page"

#include "config.h"

#include "trygg-register-page-private.h"

static void
set_section_entity (GtkWidget   *section,
                    TryggEntity *entity)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (section), "entity");

  if (pspec != NULL && g_type_is_a (TRYGG_TYPE_ENTITY, pspec->value_type))
    g_object_set (section, "entity", entity, NULL);
}

/* Gives every section the row the page now shows (or %NULL). */
void
trygg_register_page_update_sections (TryggRegisterPage *self,
                                     TryggEntity       *entity)
{
  for (guint i = 0; i < self->sections->len; i++)
    set_section_entity (g_ptr_array_index (self->sections, i), entity);
}

/* The table of the register's rows ("information_asset", "system" …) */
const char *
trygg_register_page_get_table (TryggRegisterPage *self)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->kind->entity_type ());
  return TRYGG_ENTITY_CLASS (klass)->table;
}

/**
 * trygg_register_page_add_section:
 * @section: a widget with a writable "entity" property (a #TryggEntity), e.g. from a
 *   #TryggSectionExtension
 *
 * Shows @section below the form and keeps its "entity" set to the row the page shows.
 */
void
trygg_register_page_add_section (TryggRegisterPage *self,
                                 GtkWidget         *section)
{
  g_return_if_fail (TRYGG_IS_REGISTER_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (section));

  gtk_box_append (self->detail_box, section);
  g_ptr_array_add (self->sections, section);
  set_section_entity (section, trygg_form_get_entity (self->form));
}

void
trygg_register_page_remove_section (TryggRegisterPage *self,
                                    GtkWidget         *section)
{
  g_return_if_fail (TRYGG_IS_REGISTER_PAGE (self));

  if (g_ptr_array_remove (self->sections, section))
    gtk_box_remove (self->detail_box, section);
}

static void
section_added (const char *module,
               GObject    *extension,
               gpointer    user_data)
{
  TryggRegisterPage *self = user_data;
  GtkWidget *section = trygg_section_extension_create_section (
      TRYGG_SECTION_EXTENSION (extension), self->db, trygg_register_page_get_table (self));

  if (section == NULL)
    return;
  g_object_set_data_full (G_OBJECT (section), "trygg-module", g_strdup (module), g_free);
  trygg_register_page_add_section (self, section);
}

static void
section_removed (const char *module,
                 GObject    *extension,
                 gpointer    user_data)
{
  TryggRegisterPage *self = user_data;

  for (guint i = self->sections->len; i > 0; i--)
    {
      GtkWidget *section = g_ptr_array_index (self->sections, i - 1);
      if (g_strcmp0 (g_object_get_data (G_OBJECT (section), "trygg-module"), module) == 0)
        trygg_register_page_remove_section (self, section);
    }
}

/**
 * trygg_register_page_watch_sections:
 *
 * Asks every #TryggSectionExtension of the loaded plugins for a section for this page's
 * table and adds it; a plugin turned on later adds its section, one turned off takes it away.
 */
void
trygg_register_page_watch_sections (TryggRegisterPage *self,
                                    TryggPlugins      *plugins)
{
  g_return_if_fail (TRYGG_IS_REGISTER_PAGE (self));
  g_return_if_fail (self->section_watch == NULL);

  self->plugins = g_object_ref (plugins);
  self->section_watch = trygg_plugins_watch (plugins, TRYGG_TYPE_SECTION_EXTENSION,
                                             section_added, section_removed, self);
}
