package org.glossa.security.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a sign-in comes from, for throttling and logs.
 *
 * <p>The TCP peer, unless the peer is a trusted proxy ({@code GLOSSA_TRUSTED_PROXIES}: addresses and CIDR ranges,
 * IPv4 and IPv6). Then {@code X-Forwarded-For} is read from the right, each hop being the address the proxy to its
 * right saw: the first entry that is not itself a trusted proxy is the client. Entries further left were written by
 * the client and prove nothing. If every entry is trusted the leftmost is taken; an entry that is not an address
 * literal ({@code unknown}, a name) stops the walk at the trusted hop to its right. Nothing is ever resolved by DNS.
 *
 * <p>The throttling key of an IPv6 address is its /64 prefix: one subscriber usually gets a whole /64, so keying by
 * single addresses would give a guesser 2^64 fresh addresses.
 */
public final class ClientAddress {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    public static ClientAddress trustingNoProxy() {
        return new ClientAddress(List.of());
    }

    /**
     * Reads a comma-separated list of addresses and CIDR ranges; throws {@link IllegalArgumentException} naming the
     * first entry that is neither.
     */
    public static ClientAddress trusting(String proxies) {
        List<Range> ranges = new ArrayList<>();
        if (proxies != null) {
            for (String entry : proxies.split(",")) {
                if (!entry.isBlank()) {
                    ranges.add(Range.parse(entry.strip()));
                }
            }
        }
        return new ClientAddress(ranges);
    }

    public boolean trustsAnyProxy() {
        return !trusted.isEmpty();
    }

    /**
     * The client's address, in canonical text form: the peer's, or from {@code X-Forwarded-For} (all the request's
     * header lines, in order) when the peer is trusted.
     */
    public String of(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = literal(peer);
        if (peerAddress.isEmpty()) {
            return String.valueOf(peer);
        }
        InetAddress client = peerAddress.get();
        if (trusts(client) && forwardedFor != null) {
            List<String> hops = new ArrayList<>();
            forwardedFor.forEach(line -> hops.addAll(Arrays.asList(line.split(","))));
            for (int i = hops.size() - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops.get(i).strip());
                if (hop.isEmpty()) {
                    break;
                }
                client = hop.get();
                if (!trusts(client)) {
                    break;
                }
            }
        }
        return client.getHostAddress();
    }

    /** What failures are counted under: the address itself for IPv4, its /64 prefix for IPv6. */
    public static String throttlingKey(String address) {
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty() || !(parsed.get() instanceof Inet6Address)) {
            return String.valueOf(address);
        }
        byte[] prefix = Arrays.copyOf(parsed.get().getAddress(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are an IPv6 address", e);
        }
    }

    boolean trusts(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * An IP address literal (IPv4, IPv6 with or without brackets; an IPv4-mapped IPv6 address becomes IPv4), never
     * a name: {@link InetAddress#getByName} is only called on text that cannot make it look anything up.
     */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0 && address.contains(":")) {
            address = address.substring(0, zone);
        }
        boolean v4 = IPV4.matcher(address).matches();
        boolean v6 = address.contains(":") && IPV6.matcher(address).matches();
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address, or a CIDR range of them. */
    private record Range(byte[] network, int prefixLength) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address.isEmpty()) {
                throw new IllegalArgumentException("'" + entry + "' is not an IP address or CIDR range");
            }
            byte[] bytes = address.get().getAddress();
            int bits = bytes.length * 8;
            int length = bits;
            if (slash >= 0) {
                try {
                    length = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    length = -1;
                }
                if (length < 0 || length > bits) {
                    throw new IllegalArgumentException("'" + entry + "' has a prefix length outside 0.." + bits);
                }
            }
            return new Range(bytes, length);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[full] & mask) == (network[full] & mask);
        }
    }
}
