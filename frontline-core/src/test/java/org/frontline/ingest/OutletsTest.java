package org.frontline.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutletsTest {

    @Test
    void namesTheOutletWithoutServerAndEditionLabels() {
        assertThat(Outlets.fromUrl("https://www.aljazeera.com/news/2018/3/18/afrin")).contains("aljazeera.com");
        assertThat(Outlets.fromUrl("http://en.alalam.ir/news/1981067")).contains("alalam.ir");
        assertThat(Outlets.fromUrl("https://www.trtworld.com:443/article/13090425")).contains("trtworld.com");
        assertThat(Outlets.fromUrl("https://m.bbc.co.uk/news/world")).contains("bbc.co.uk");
        assertThat(Outlets.fromUrl("http://zeenews.india.com/world/x.html")).contains("zeenews.india.com");
        assertThat(Outlets.fromUrl("http://www.co.uk/")).contains("www.co.uk");
    }

    @Test
    void unknownWhenTheAddressIsNotAWebAddress() {
        assertThat(Outlets.fromUrl("(the seed page, its address was not kept)")).isEmpty();
        assertThat(Outlets.fromUrl("/news/relative/path")).isEmpty();
        assertThat(Outlets.fromUrl(null)).isEmpty();
    }
}
