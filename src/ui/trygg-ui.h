/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libtrygg-ui: shared widgets and the extension points that need GTK or cairo.
 */
#pragma once

#include "trygg-core.h"
#include "trygg-form.h"
#include "trygg-overview-extension.h"
#include "trygg-page-extension.h"
#include "trygg-pdf-writer.h"
#include "trygg-preferences-extension.h"
#include "trygg-report-extension.h"
#include "trygg-section-extension.h"
#include "trygg-toast.h"
