require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 413
    json message: 'Content Too Large'
end
