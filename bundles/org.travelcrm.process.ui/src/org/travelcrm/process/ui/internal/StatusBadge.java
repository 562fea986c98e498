package org.travelcrm.process.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A coloured badge with white text, drawn by itself: the workbench's CSS theme repaints label
 * backgrounds, which would hide the colour of a step's status.
 */
final class StatusBadge extends Canvas {

	private String text = ""; //$NON-NLS-1$
	private Color fill;

	StatusBadge(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(event -> paint(event.gc));
	}

	void show(String label, Color colour) {
		text = label;
		fill = colour;
		redraw();
	}

	@Override
	public Point computeSize(int widthHint, int heightHint, boolean changed) {
		GC gc = new GC(this);
		try {
			Point extent = gc.textExtent(text.isEmpty() ? "M" : text); //$NON-NLS-1$
			return new Point(widthHint == SWT.DEFAULT ? extent.x + 16 : widthHint,
					heightHint == SWT.DEFAULT ? extent.y + 8 : heightHint);
		} finally {
			gc.dispose();
		}
	}

	private void paint(GC gc) {
		Point size = getSize();
		gc.setAntialias(SWT.ON);
		if (fill != null) {
			gc.setBackground(fill);
			gc.fillRoundRectangle(0, 0, size.x - 1, size.y - 1, 10, 10);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		Point extent = gc.textExtent(text);
		gc.drawText(text, (size.x - extent.x) / 2, (size.y - extent.y) / 2, true);
	}
}
