package org.example.observable.products;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.example.observable.platform.StorableText;

@ApplicationScoped
@Transactional
public class ProductService {

    @Inject
    ProductRepository products;

    public List<ProductResponse> list() {
        return products.all().stream().map(ProductResponse::of).toList();
    }

    public ProductResponse create(ProductRequest request) {
        StorableText.require("name", request.name());
        Product product = new Product(request.name().strip(), request.price(), request.stock());
        products.add(product);
        return ProductResponse.of(product);
    }
}
