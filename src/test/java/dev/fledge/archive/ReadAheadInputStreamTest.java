package dev.fledge.archive;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadAheadInputStreamTest {

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void smallStreamsAreNotWrapped() {
        InputStream source = new ByteArrayInputStream(new byte[10]);
        assertSame(source, ReadAheadInputStream.wrap(source, ReadAheadInputStream.MIN_SIZE - 1));
    }

    @Test
    void yieldsExactlyTheSourceBytesAroundChunkBoundaries() throws IOException {
        int chunk = ReadAheadInputStream.CHUNK;
        for (int size : new int[]{0, 1, chunk - 1, chunk, chunk + 1, chunk * (ReadAheadInputStream.DEPTH + 3) + 17}) {
            byte[] bytes = random(size);
            try (InputStream in = ReadAheadInputStream.wrap(new ByteArrayInputStream(bytes), Long.MAX_VALUE)) {
                assertArrayEquals(bytes, in.readAllBytes(), "size " + size);
                assertEquals(-1, in.read());
            }
        }
    }

    @Test
    void singleByteReadsWork() throws IOException {
        byte[] bytes = random(1000);
        try (InputStream in = ReadAheadInputStream.wrap(new ByteArrayInputStream(bytes), Long.MAX_VALUE)) {
            for (byte b : bytes) {
                assertEquals(b & 0xff, in.read());
            }
            assertEquals(-1, in.read());
        }
    }

    @Test
    void aSourceFailureReachesTheReaderAsTheSameExceptionAfterTheBytesBeforeIt() throws IOException {
        IOException failure = new IOException("CRC mismatch");
        int good = ReadAheadInputStream.CHUNK * 3;
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served == good) {
                    throw failure;
                }
                served++;
                return 'x';
            }
        };
        try (InputStream in = ReadAheadInputStream.wrap(failing, Long.MAX_VALUE)) {
            assertEquals(good, in.readNBytes(good).length);
            IOException thrown = assertThrows(IOException.class, in::read);
            assertSame(failure, thrown);
        }
    }

    @Test
    void aRuntimeExceptionOfTheSourceIsRethrownAsItIs() throws IOException {
        IllegalStateException cancelled = new IllegalStateException("job cancelled");
        InputStream cancelling = new InputStream() {
            @Override
            public int read() {
                throw cancelled;
            }
        };
        try (InputStream in = ReadAheadInputStream.wrap(cancelling, Long.MAX_VALUE)) {
            assertSame(cancelled, assertThrows(IllegalStateException.class, in::read));
        }
    }

    @Test
    void closingEarlyStopsTheProducerAndClosesTheSource() throws IOException {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'y';
            }

            @Override
            public void close() {
                sourceClosed.set(true);
            }
        };
        InputStream in = ReadAheadInputStream.wrap(endless, Long.MAX_VALUE);
        assertEquals('y', in.read());
        in.close();
        assertTrue(sourceClosed.get(), "the source is closed when close() returns");
        long after = served.get();
        // bounded read-ahead: at most the queue plus the chunk in hand were produced
        assertTrue(after <= (long) ReadAheadInputStream.CHUNK * (ReadAheadInputStream.DEPTH + 2), "served " + after);
        assertThrows(IOException.class, in::read);
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
