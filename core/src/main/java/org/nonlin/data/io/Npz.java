package org.nonlin.data.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.InputFiles;

/**
 * Reads and writes NumPy {@code .npz} archives: zip files (stored or deflated entries) with one
 * {@code .npy} file per array, named {@code <name>.npy}, as {@code numpy.savez} and {@code
 * numpy.savez_compressed} write them. Entries not ending in {@code .npy} are ignored.
 */
public final class Npz {

  private static final String SUFFIX = ".npy";

  /** Entry time written into archives, fixed so that the same arrays give the same bytes. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private Npz() {}

  /**
   * Reads all arrays of an archive.
   *
   * @return the arrays by name (entry name without {@code .npy}), in archive order
   * @throws DataFormatException naming the file and entry when the archive or an array is bad
   */
  public static Map<String, NdArray> read(Path file) throws IOException {
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    try (ZipFile zip = open(file)) {
      for (ZipEntry entry : npyEntries(zip)) {
        arrays.put(arrayName(entry), readEntry(zip, entry, file));
      }
    }
    return arrays;
  }

  /**
   * Reads one array of an archive.
   *
   * @throws DataFormatException naming the file and the arrays it has when {@code name} is absent
   */
  public static NdArray read(Path file, String name) throws IOException {
    try (ZipFile zip = open(file)) {
      ZipEntry entry = zip.getEntry(name + SUFFIX);
      if (entry == null) {
        throw new DataFormatException(
            file,
            0,
            name,
            name,
            "has no array named '" + name + "'",
            "its arrays are " + names(zip));
      }
      return readEntry(zip, entry, file);
    }
  }

  /** The names of the arrays in an archive, in archive order. */
  public static List<String> names(Path file) throws IOException {
    try (ZipFile zip = open(file)) {
      return names(zip);
    }
  }

  private static ZipFile open(Path file) throws IOException {
    InputFiles.requireFile(file);
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new DataFormatException(
              file,
              "not a .npz (zip) archive: " + e.getMessage(),
              "give a file written by numpy.savez, or read a single array as .npy")
          .causedBy(e);
    }
  }

  private static List<ZipEntry> npyEntries(ZipFile zip) {
    List<ZipEntry> entries = new ArrayList<>();
    Enumeration<? extends ZipEntry> all = zip.entries();
    while (all.hasMoreElements()) {
      ZipEntry entry = all.nextElement();
      if (!entry.isDirectory() && entry.getName().endsWith(SUFFIX)) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static List<String> names(ZipFile zip) {
    return npyEntries(zip).stream().map(Npz::arrayName).toList();
  }

  private static String arrayName(ZipEntry entry) {
    return entry.getName().substring(0, entry.getName().length() - SUFFIX.length());
  }

  private static NdArray readEntry(ZipFile zip, ZipEntry entry, Path file) throws IOException {
    String what = "array " + entry.getName() + ": ";
    try (InputStream in = zip.getInputStream(entry)) {
      return Npy.read(in, file, what);
    } catch (ZipException | EOFException e) {
      throw new DataFormatException(
              file,
              what + "cannot be decompressed: " + e.getMessage(),
              "the archive is corrupt or truncated; write it again")
          .causedBy(e);
    }
  }

  /**
   * Writes arrays as a compressed archive (deflated entries, as {@code numpy.savez_compressed}),
   * atomically.
   *
   * @param arrays arrays by name; each is stored as {@code <name>.npy}
   */
  public static void write(Path file, Map<String, NdArray> arrays) throws IOException {
    write(file, arrays, true);
  }

  /**
   * Writes arrays as an archive, atomically, deflated ({@code compress}) or stored (as {@code
   * numpy.savez}). Entry times are fixed at 1980-01-01, so equal arrays give equal files.
   */
  public static void write(Path file, Map<String, NdArray> arrays, boolean compress)
      throws IOException {
    for (String name : arrays.keySet()) {
      if (name.isEmpty()) {
        throw new IllegalArgumentException("array name must not be empty");
      }
    }
    AtomicFiles.write(file, out -> write(out, arrays, compress));
  }

  private static void write(OutputStream out, Map<String, NdArray> arrays, boolean compress)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    for (Map.Entry<String, NdArray> array : arrays.entrySet()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Npy.write(bytes, array.getValue());
      ZipEntry entry = new ZipEntry(array.getKey() + SUFFIX);
      entry.setTimeLocal(ENTRY_TIME);
      if (!compress) {
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.size());
        entry.setCompressedSize(bytes.size());
        entry.setCrc(crc.getValue());
      }
      zip.putNextEntry(entry);
      bytes.writeTo(zip);
      zip.closeEntry();
    }
    zip.finish();
  }
}
