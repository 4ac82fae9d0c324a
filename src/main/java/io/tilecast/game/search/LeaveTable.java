package io.tilecast.game.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A value for every leave of one to six tiles, in hundredths of a point, stored as the values alone in {@link
 * LeaveKeys}' order; looked up by binary search on the sorted keys.
 */
public final class LeaveTable implements LeaveValue {

    public static final String RESOURCE = "/leaves/leaves.bin.gz";
    private static final int MAGIC = 0x4c454156;
    private static final double SCALE = 100.0;

    private final int[] keys;
    private final short[] values;

    private LeaveTable(int[] keys, short[] values) {
        this.keys = keys;
        this.values = values;
    }

    private static final class Shipped {
        static final LeaveTable TABLE = readResource();
    }

    public static LeaveTable shipped() {
        return Shipped.TABLE;
    }

    @Override
    public double of(CharSequence leave) {
        int key = LeaveKeys.of(leave);
        int at = key < 0 ? -1 : Arrays.binarySearch(keys, key);
        return at < 0 ? 0 : values[at] / SCALE;
    }

    public int size() {
        return keys.length;
    }

    /** Writes values given in {@link LeaveKeys}' order, rounded to hundredths of a point. */
    public static void write(double[] inOrder, OutputStream out) throws IOException {
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
            data.writeInt(MAGIC);
            data.writeInt(inOrder.length);
            for (double value : inOrder) {
                data.writeShort((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE,
                        Math.round(value * SCALE))));
            }
        }
    }

    public static LeaveTable read(InputStream in) throws IOException {
        int[] order = new int[1_000_000];
        int[] count = {0};
        LeaveKeys.forEach(key -> order[count[0]++] = key);
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16))) {
            if (data.readInt() != MAGIC || data.readInt() != count[0]) {
                throw new IOException("not a leave table of " + count[0] + " leaves");
            }
            long[] pairs = new long[count[0]];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = (long) order[i] << 16 | (data.readShort() & 0xffff);
            }
            Arrays.sort(pairs);
            int[] keys = new int[pairs.length];
            short[] values = new short[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                keys[i] = (int) (pairs[i] >>> 16);
                values[i] = (short) pairs[i];
            }
            return new LeaveTable(keys, values);
        }
    }

    private static LeaveTable readResource() {
        try (InputStream in = LeaveTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
