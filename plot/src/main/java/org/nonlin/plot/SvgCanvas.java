package org.nonlin.plot;

import java.awt.Color;
import java.util.Base64;

/**
 * A canvas that writes SVG 1.1 text: one element per drawing call, rasters embedded as base64 PNG.
 * Text is set in DejaVu Sans (with similar fallbacks) and measured with the same metrics as {@link
 * Java2dCanvas}, so both pictures share one layout. Coordinates are written with two decimals.
 */
public final class SvgCanvas implements Canvas {

  private final int width;
  private final int height;
  private final StringBuilder body = new StringBuilder(1 << 14);
  private int clipCount;
  private boolean clipOpen;

  /**
   * An empty picture.
   *
   * @param width width in pixels, at least 1
   * @param height height in pixels, at least 1
   * @throws IllegalArgumentException if a size is below 1
   */
  public SvgCanvas(int width, int height) {
    CanvasChecks.size(width, height);
    this.width = width;
    this.height = height;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public void polyline(double[] xs, double[] ys, Pen pen) {
    CanvasChecks.points(xs, ys, 2);
    body.append("<polyline points=\"").append(points(xs, ys)).append("\" fill=\"none\"");
    stroke(pen);
    body.append("/>\n");
  }

  @Override
  public void polygon(double[] xs, double[] ys, Color fill, Pen edge) {
    CanvasChecks.points(xs, ys, 3);
    body.append("<polygon points=\"").append(points(xs, ys)).append('"');
    fillAndStroke(fill, edge);
    body.append("/>\n");
  }

  @Override
  public void rect(Box box, Color fill, Pen edge) {
    body.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y()));
    body.append("\" width=\"").append(num(box.width()));
    body.append("\" height=\"").append(num(box.height())).append('"');
    fillAndStroke(fill, edge);
    body.append("/>\n");
  }

  @Override
  public void circle(double cx, double cy, double radius, Color fill, Pen edge) {
    body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy));
    body.append("\" r=\"").append(num(radius)).append('"');
    fillAndStroke(fill, edge);
    body.append("/>\n");
  }

  @Override
  public void text(String text, double x, double y, TextStyle style) {
    body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y));
    body.append("\" font-family=\"").append(Fonts.SVG_FAMILY);
    body.append("\" font-size=\"").append(num(style.size())).append('"');
    if (style.bold()) {
      body.append(" font-weight=\"bold\"");
    }
    switch (style.align()) {
      case MIDDLE -> body.append(" text-anchor=\"middle\"");
      case END -> body.append(" text-anchor=\"end\"");
      case START -> body.append(" text-anchor=\"start\"");
    }
    paint("fill", style.color());
    if (style.vertical()) {
      body.append(" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y));
      body.append(")\"");
    }
    body.append('>').append(escape(text)).append("</text>\n");
  }

  @Override
  public void image(int[] rgb, int columns, int rows, Box target) {
    byte[] png = Rasters.png(Rasters.toImage(rgb, columns, rows));
    body.append("<image x=\"").append(num(target.x())).append("\" y=\"").append(num(target.y()));
    body.append("\" width=\"").append(num(target.width()));
    body.append("\" height=\"").append(num(target.height()));
    body.append("\" preserveAspectRatio=\"none\" image-rendering=\"optimizeSpeed\"");
    body.append(" style=\"image-rendering:pixelated\" xlink:href=\"data:image/png;base64,");
    body.append(Base64.getEncoder().encodeToString(png)).append("\"/>\n");
  }

  @Override
  public void clip(Box box) {
    unclip();
    String id = "clip" + clipCount++;
    body.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(num(box.x()));
    body.append("\" y=\"").append(num(box.y())).append("\" width=\"").append(num(box.width()));
    body.append("\" height=\"").append(num(box.height())).append("\"/></clipPath>\n");
    body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
    clipOpen = true;
  }

  @Override
  public void unclip() {
    if (clipOpen) {
      body.append("</g>\n");
      clipOpen = false;
    }
  }

  /** The whole document drawn so far, an open clip closed; the canvas can still be drawn on. */
  public String toSvg() {
    StringBuilder svg = new StringBuilder(body.length() + 400);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    svg.append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"");
    svg.append(" width=\"").append(width).append("\" height=\"").append(height);
    svg.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
    svg.append(body);
    if (clipOpen) {
      svg.append("</g>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  private void fillAndStroke(Color fill, Pen edge) {
    if (fill == null) {
      body.append(" fill=\"none\"");
    } else {
      paint("fill", fill);
    }
    stroke(edge);
  }

  private void stroke(Pen pen) {
    if (pen == null) {
      return;
    }
    paint("stroke", pen.color());
    body.append(" stroke-width=\"").append(num(pen.width())).append("\" stroke-linejoin=\"round\"");
    if (pen.dashed()) {
      double[] dash = pen.dashPattern();
      body.append(" stroke-dasharray=\"").append(num(dash[0])).append(' ').append(num(dash[1]));
      body.append('"');
    }
  }

  private void paint(String attribute, Color color) {
    body.append(' ').append(attribute).append("=\"");
    body.append(String.format("#%06x", color.getRGB() & 0xFFFFFF)).append('"');
    if (color.getAlpha() < 255) {
      body.append(' ').append(attribute).append("-opacity=\"");
      body.append(num(color.getAlpha() / 255.0)).append('"');
    }
  }

  private static String points(double[] xs, double[] ys) {
    StringBuilder s = new StringBuilder(xs.length * 14);
    for (int i = 0; i < xs.length; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(num(xs[i])).append(',').append(num(ys[i]));
    }
    return s.toString();
  }

  /** The number with at most two decimals, no exponent and no trailing zeros. */
  static String num(double v) {
    long hundredths = Math.round(v * 100);
    String sign = hundredths < 0 ? "-" : "";
    long abs = Math.abs(hundredths);
    long whole = abs / 100;
    long fraction = abs % 100;
    if (fraction == 0) {
      return sign + whole;
    }
    String digits = fraction < 10 ? "0" + fraction : Long.toString(fraction);
    if (digits.endsWith("0")) {
      digits = digits.substring(0, 1);
    }
    return sign + whole + "." + digits;
  }

  /** The text with XML's special characters escaped and characters XML 1.0 forbids dropped. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t') {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }
}
