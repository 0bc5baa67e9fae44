"""The production static storage writes Brotli and gzip copies that decompress to the original."""

import gzip

import brotli

from werkplaats.utils.staticfiles import BROTLI_QUALITY, CompressedManifestStorage


def test_the_compressed_copies_hold_the_same_bytes_and_brotli_is_not_at_its_slowest(tmp_path):
    script = tmp_path / "chart.js"
    original = b"const spec = {mark: 'bar', encoding: {x: {field: 'aantal'}}};\n" * 400
    script.write_bytes(original)

    compressor = CompressedManifestStorage(location=tmp_path).create_compressor(quiet=True)
    written = sorted(compressor.compress(str(script)))

    assert written == [str(script) + ".br", str(script) + ".gz"]
    assert brotli.decompress((tmp_path / "chart.js.br").read_bytes()) == original
    assert gzip.decompress((tmp_path / "chart.js.gz").read_bytes()) == original
    assert BROTLI_QUALITY < 11
