# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def reported(m):
    return m.snippet_text("<p>Fish &amp; <b>chips</b></p>")


@case()
def paragraphs(m):
    return m.snippet_text("<h1>Release 2.0</h1>\n<p>Faster   builds.</p><p>New <a href='/docs'>docs</a>!</p>")


@case("edge")
def tags_become_spaces(m):
    return m.snippet_text("<p>a</p><p>b</p><br/>c<img src='x.png'>d")


@case("edge")
def tag_spanning_lines(m):
    return m.snippet_text('Read <a\n  href="/more"\n  class="link">more</a> here')


@case("edge")
def escaped_markup_stays_text(m):
    return m.snippet_text("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code> is escaped")


@case("edge")
def entities(m):
    return m.snippet_text("It&#39;s 5&nbsp;&euro; &ndash; caf&eacute; &quot;ok&quot;")


@case("edge")
def no_markup(m):
    return [m.snippet_text("  plain\ttext\n"), m.snippet_text(""), m.snippet_text("<div><span></span></div>")]


@case("edge")
def comment_removed(m):
    return m.snippet_text("before<!-- hidden note -->after")
