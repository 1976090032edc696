/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "trygg-page-extension.h"

G_DEFINE_INTERFACE (TryggPageExtension, trygg_page_extension, G_TYPE_OBJECT)

static void
trygg_page_extension_default_init (TryggPageExtensionInterface *iface)
{
}

const char *
trygg_page_extension_get_id (TryggPageExtension *self)
{
  return TRYGG_PAGE_EXTENSION_GET_IFACE (self)->get_id (self);
}

const char *
trygg_page_extension_get_title (TryggPageExtension *self)
{
  return TRYGG_PAGE_EXTENSION_GET_IFACE (self)->get_title (self);
}

const char *
trygg_page_extension_get_icon_name (TryggPageExtension *self)
{
  TryggPageExtensionInterface *iface = TRYGG_PAGE_EXTENSION_GET_IFACE (self);

  return iface->get_icon_name != NULL ? iface->get_icon_name (self) : "view-list-symbolic";
}

int
trygg_page_extension_get_position (TryggPageExtension *self)
{
  TryggPageExtensionInterface *iface = TRYGG_PAGE_EXTENSION_GET_IFACE (self);

  return iface->get_position != NULL ? iface->get_position (self) : 100;
}

GtkWidget *
trygg_page_extension_create_page (TryggPageExtension *self,
                                  TryggDatabase      *db)
{
  return TRYGG_PAGE_EXTENSION_GET_IFACE (self)->create_page (self, db);
}

gboolean
trygg_page_extension_select_row (TryggPageExtension *self,
                                 GtkWidget          *page,
                                 const char         *uuid)
{
  TryggPageExtensionInterface *iface = TRYGG_PAGE_EXTENSION_GET_IFACE (self);

  return iface->select_row != NULL && iface->select_row (self, page, uuid);
}
