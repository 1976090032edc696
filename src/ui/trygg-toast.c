/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Toasts from anywhere in the window: the nearest AdwToastOverlay above a widget shows them.
 * An error stays until it is dismissed, so that a failed save is not missed.
 */
#define G_LOG_DOMAIN "trygg-toast"

#include "config.h"

#include "trygg-toast.h"

/**
 * trygg_toast_add:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the overlay above @widget; without one (a widget not in a window yet)
 * its title goes to the log.
 */
void
trygg_toast_add (GtkWidget *widget,
                 AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    {
      g_message ("%s", adw_toast_get_title (toast));
      g_object_unref (g_object_ref_sink (toast));
    }
}

/* An error, in words, until the user dismisses it. */
void
trygg_toast_error (GtkWidget  *widget,
                   const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  trygg_toast_add (widget, toast);
}
