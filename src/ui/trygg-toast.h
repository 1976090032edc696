/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void trygg_toast_add   (GtkWidget  *widget,
                        AdwToast   *toast);
void trygg_toast_error (GtkWidget  *widget,
                        const char *message);

G_END_DECLS
