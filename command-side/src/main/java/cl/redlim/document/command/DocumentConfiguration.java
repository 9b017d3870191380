package cl.redlim.document.command;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the document settings; the stores themselves are chosen in {@code cl.redlim.document.store}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentConfiguration {

    @Bean
    SignerKeys signerKeys(SignerKeyVault vault) {
        return new SignerKeys(vault);
    }
}
