/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the display tests (GTK and libadwaita, under Xvfb): running the main
 * loop, a window around the widget under test, and finding widgets as a user finds them.
 * The headless tests link only test-util.h, which needs no GTK.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       trygg_test_ui_init         (int          *argc,
                                       char       ***argv);

void       trygg_test_run_pending     (void);
void       trygg_test_wait_ms         (guint         ms);

GtkWidget *trygg_test_present         (GtkWidget    *child,
                                       int           width,
                                       int           height);
void       trygg_test_destroy_window  (GtkWidget    *window,
                                       GtkWidget    *child);

GtkWidget *trygg_test_find_widget     (GtkWidget    *root,
                                       GType         type,
                                       const char   *name);
GtkWidget *trygg_test_find_row        (GtkWidget    *root,
                                       GType         type,
                                       const char   *title);

G_END_DECLS
