/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "trygg-core.h"

G_BEGIN_DECLS

#define TRYGG_TYPE_PAGE_EXTENSION (trygg_page_extension_get_type ())
G_DECLARE_INTERFACE (TryggPageExtension, trygg_page_extension, TRYGG, PAGE_EXTENSION, GObject)

/**
 * TryggPageExtensionInterface:
 * @get_id: a stable id, e.g. "actionplan"
 * @get_title: the translated title shown in the sidebar
 * @get_icon_name: a symbolic icon name
 * @get_position: the place in the sidebar among the plugin pages, smaller first
 * @create_page: (transfer full): a new page widget working on @db
 * @select_row: (optional): shows the row @uuid on @page (a search hit); %FALSE if not found
 *
 * The page extension point: a page in the window's sidebar.
 */
struct _TryggPageExtensionInterface
{
  GTypeInterface parent_iface;

  const char *(*get_id)        (TryggPageExtension *self);
  const char *(*get_title)     (TryggPageExtension *self);
  const char *(*get_icon_name) (TryggPageExtension *self);
  int         (*get_position)  (TryggPageExtension *self);
  GtkWidget  *(*create_page)   (TryggPageExtension *self,
                                TryggDatabase      *db);
  gboolean    (*select_row)    (TryggPageExtension *self,
                                GtkWidget          *page,
                                const char         *uuid);
};

const char *trygg_page_extension_get_id        (TryggPageExtension *self);
const char *trygg_page_extension_get_title     (TryggPageExtension *self);
const char *trygg_page_extension_get_icon_name (TryggPageExtension *self);
int         trygg_page_extension_get_position  (TryggPageExtension *self);
GtkWidget  *trygg_page_extension_create_page   (TryggPageExtension *self,
                                                TryggDatabase      *db);
gboolean    trygg_page_extension_select_row    (TryggPageExtension *self,
                                                GtkWidget          *page,
                                                const char         *uuid);

G_END_DECLS
