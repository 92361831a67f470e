package org.unesco.oer.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "oer.provisioning")
public interface ProvisioningConfig {

    /** The realm where focal-point accounts live. */
    @WithDefault("oer")
    String realm();

    /** The realm role that lets an account act as focal point. */
    @WithDefault("focal-point")
    String role();

    /** The user attribute holding the state codes. */
    @WithDefault("country")
    String countryAttribute();
}
