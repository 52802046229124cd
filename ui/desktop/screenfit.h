// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

// Keeps a top-level window on the screen it is on: a window larger than the available area
// (a layout saved on a bigger screen, a zoomed font) is shrunk to it, frame included, and moved
// so that nothing of it, title bar and status bar above all, is off the screen.
void fitWindowToScreen(QWidget *window);
